/**
 * What importing our own Markdown export into a report does not put back into fields, and why.
 * None of it is lost: the text of each lands in Appendix › Additional logs under its heading,
 * except plot points and ids, which the Markdown does not hold at all.
 */
export const markdownFieldsNotCarriedBack: readonly { path: string; why: string }[] = [
  { path: 'background.relatedReferenceIds', why: 'references by number; kept as text' },
  {
    path: 'results.plots',
    why: 'figures are images: titles and captions are kept as text, points and series are not in the Markdown',
  },
  { path: 'conclusion.bestModelId', why: 'a reference to a model by id; kept as text' },
  { path: 'appendix.references', why: 'a numbered list; kept as text' },
  { path: 'appendix.checklist', why: 'the checklist table; kept as a table' },
  { path: 'id', why: 'ids of the report and of list items are not written to Markdown' },
];
