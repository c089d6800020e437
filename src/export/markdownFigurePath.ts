/** Where "Markdown + figures" puts figure N, relative to report.md. */
export function markdownFigurePath(figureNumber: number): string {
  return `figures/figure-${figureNumber}.svg`;
}
