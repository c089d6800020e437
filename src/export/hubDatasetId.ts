import type { Dataset } from '@/model/reportSchema';

const hubDatasetAddress =
  /^https?:\/\/huggingface\.co\/datasets\/([\w.-]+(?:\/[\w.-]+)?)\/?(?:[?#].*)?$/u;

/**
 * A dataset's Hub id: the one typed in "Dataset on the Hub", else read from a
 * `https://huggingface.co/datasets/<owner>/<name>` source; empty when neither gives one.
 */
export function hubDatasetId(dataset: Dataset): string {
  const typed = dataset.hubId.trim();
  if (typed !== '') return typed;
  return hubDatasetAddress.exec(dataset.source.trim())?.[1] ?? '';
}
