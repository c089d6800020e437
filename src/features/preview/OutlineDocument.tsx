import type { TitlePageLayout } from '@/export/splitTitlePage';
import { OutlineBlocks } from './OutlineBlocks';

const classNames = {
  preview: {
    titlePage: undefined,
    title: 'preview-title',
    subtitle: 'preview-subtitle',
    section: undefined,
  },
  print: {
    titlePage: 'print-title-page',
    title: undefined,
    subtitle: 'print-subtitle',
    section: 'print-section',
  },
} as const;

/** The whole report as laid out from the outline: the title page, then the numbered sections. */
export function OutlineDocument({
  layout,
  medium,
}: {
  layout: TitlePageLayout;
  medium: keyof typeof classNames;
}) {
  const names = classNames[medium];
  return (
    <>
      <header className={names.titlePage}>
        <h1 className={names.title}>{layout.title}</h1>
        {layout.subtitle === '' ? null : <p className={names.subtitle}>{layout.subtitle}</p>}
        <OutlineBlocks blocks={layout.blocks} />
      </header>
      {layout.sections.map((section) => (
        <section key={section.id} className={names.section}>
          <h2>{section.heading}</h2>
          <OutlineBlocks blocks={section.blocks} />
        </section>
      ))}
    </>
  );
}
