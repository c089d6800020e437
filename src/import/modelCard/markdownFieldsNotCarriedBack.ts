/**
 * What importing our own Markdown export into a report does not put back into fields, and why.
 * None of it is lost: the text of each lands in Appendix › Additional logs under its heading,
 * except plot points and ids, which the Markdown does not hold at all. Importing into the report
 * the Markdown came from keeps them, as the review proposes no change for them.
 */
export const markdownFieldsNotCarriedBack: readonly { path: string; why: string }[] = [
  {
    path: 'background.relatedReferenceIds',
    why: 'cites references by number; the references do not come back as entries to point at; kept as text',
  },
  {
    path: 'results.plots',
    why: 'figures are images: titles and captions are kept as text, points and series are not in the Markdown',
  },
  {
    path: 'conclusion.bestModelId',
    why: 'names a model by id; kept as text',
  },
  {
    path: 'appendix.references',
    why: 'one citation line per reference ("Authors (year). Title. Venue.") cannot be split back into its fields when a title holds a full stop; kept as text',
  },
  {
    path: 'appendix.checklist',
    why: 'answers the app derives from the report, with the author’s overrides; kept as a table',
  },
  {
    path: 'id',
    why: 'ids of the report and of list entries are not written to Markdown; imported entries get new ids',
  },
];
