/**
 * Where the text under a heading of a Hugging Face card goes: a rich-text field of the report
 * (`abstract.summary`), or `framework-versions` for the list of library versions. Keys are
 * headings as `normalizeHeading` gives them. Headings of both templates (the Trainer's card and
 * huggingface_hub's modelcard_template.md) that have no fitting field are left out on purpose:
 * their text goes to the Appendix under its heading.
 */
export const modelCardHeadingAliases: Readonly<
  Record<string, { kind: 'rich-text'; path: string } | { kind: 'framework-versions' }>
> = {
  'model description': { kind: 'rich-text', path: 'abstract.summary' },
  'intended uses and limitations': { kind: 'rich-text', path: 'conclusion.limitations' },
  'limitations and bias': { kind: 'rich-text', path: 'conclusion.limitations' },
  'bias, risks, and limitations': { kind: 'rich-text', path: 'conclusion.limitations' },
  'bias, risks and limitations': { kind: 'rich-text', path: 'conclusion.limitations' },
  limitations: { kind: 'rich-text', path: 'conclusion.limitations' },
  'training procedure': { kind: 'rich-text', path: 'models.overview' },
  results: { kind: 'rich-text', path: 'results.analysis' },
  'evaluation results': { kind: 'rich-text', path: 'results.analysis' },
  'framework versions': { kind: 'framework-versions' },
};
