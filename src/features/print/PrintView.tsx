import { useEffect, useRef, useState } from 'react';
import { buildReportOutline } from '@/export/buildReportOutline';
import { documentLanguage } from '@/export/documentLanguage';
import { listOutlineFigures } from '@/export/listOutlineFigures';
import { buildPrintPageStyle, paperSizeForLocale } from '@/export/printPageStyle';
import { splitTitlePage } from '@/export/splitTitlePage';
import { useAppServices } from '@/context/AppContext';
import { PrintMedium } from '@/context/PrintMedium';
import { OutlineDocument } from '@/features/preview/OutlineDocument';
import {
  adoptPageStyle,
  browserLocale,
  openPrintDialog,
  titleDocument,
  whenImagesDrawn,
} from '@/platform/printPage';

/** A figure not drawn by then is printed as it is, rather than never opening the dialog. */
const figureWaitMilliseconds = 15_000;

/**
 * The report laid out for paper from the same outline the exporters use: the title page, then
 * each numbered section on a new page. Only print media show it (on screen it takes no room and
 * is out of the accessibility tree); it opens the print dialog once its figures are drawn and goes
 * when the dialog closes.
 */
export default function PrintView() {
  const { session, ui } = useAppServices();
  // What was there when the user chose to print: later edits do not re-render a hidden document.
  const [outline] = useState(() => buildReportOutline(session.store.getState().document.report));
  const layout = splitTitlePage(outline);
  const figureCount = listOutlineFigures(outline).length;
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const removePageStyle = adoptPageStyle(
      buildPrintPageStyle({ title: outline.title, paperSize: paperSizeForLocale(browserLocale()) }),
    );
    const restoreTitle = titleDocument(outline.title);
    return () => {
      removePageStyle();
      restoreTitle();
    };
  }, [outline.title]);

  useEffect(() => {
    const root = rootRef.current;
    if (root === null) return;
    let cancelled = false;
    let stopListening = (): void => {};
    void whenImagesDrawn(root, figureCount, figureWaitMilliseconds).then(() => {
      if (cancelled) return;
      ui.getState().setExportProgress(undefined);
      stopListening = openPrintDialog(() => ui.getState().endPrint());
    });
    return () => {
      cancelled = true;
      stopListening();
    };
  }, [figureCount, ui]);

  return (
    <PrintMedium.Provider value={true}>
      <div ref={rootRef} className="print-view" lang={documentLanguage}>
        <OutlineDocument layout={layout} medium="print" />
      </div>
    </PrintMedium.Provider>
  );
}
