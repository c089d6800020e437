import { useReportSelector } from '@/app/AppContext';
import { PlotImage } from './PlotImage';
import { usePlotModels } from './usePlotModels';

/** The image of one figure in the preview, drawn by the same renderer as the form and the exports. */
export default function PreviewFigureImage({ plotId }: { plotId: string }) {
  const plot = useReportSelector((state) =>
    state.document.report.results.plots.find((candidate) => candidate.id === plotId),
  );
  const models = usePlotModels();
  return plot === undefined ? null : <PlotImage plot={plot} models={models} />;
}
