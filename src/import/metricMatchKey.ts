const splitWords = new Set([
  'eval',
  'evaluation',
  'val',
  'valid',
  'validation',
  'dev',
  'test',
  'train',
  'training',
  'predict',
]);
const synonyms: Readonly<Record<string, string>> = {
  acc: 'accuracy',
  ppl: 'perplexity',
  em: 'exactmatch',
};

/**
 * A metric name reduced for matching: `Macro-F1`, `f1_macro` and `eval_f1_macro` all give
 * `f1 macro`; `Accuracy` and `acc` give `accuracy`; `ROUGE-L` and `rougeL` give `rougel`.
 */
export function metricMatchKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/rouge[-_ ]?(\d|lsum|l)\b/gu, 'rouge$1')
    .replace(/exact[-_ ]match/gu, 'exactmatch')
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== '' && !splitWords.has(word))
    .map((word) => synonyms[word] ?? word);
  return [...new Set(words)].sort().join(' ');
}
