/**
 * Lists our Markdown export writes as a table of the entries' fields (multi-line fields after it),
 * which importing that Markdown reads back; the round-trip tests expect exactly these.
 */
export const listTablesCarriedBack = [
  'titlePage.authors',
  'problem.metrics',
  'setup.libraryVersions',
  'setup.datasets',
  'setup.loggingTools',
  'appendix.codeLinks',
] as const;
