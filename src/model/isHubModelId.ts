const hubNamePart = /^[A-Za-z0-9._-]+$/u;
/** huggingface_hub's `validate_repo_id` rejects these: `--`, `..`, and `-` or `.` at either end. */
const forbiddenInPart = /--|\.\.|^[.-]|[.-]$/u;

/**
 * Whether a model name is a Hugging Face Hub id, owner/name (`meta-llama/Llama-3.1-8B`), rather
 * than a bare name (`gpt2`) or a local path (`./out`, `/data/model`, `output/checkpoint-500`).
 */
export function isHubModelId(name: string): boolean {
  const parts = name.split('/');
  return (
    parts.length === 2 &&
    parts.every((part) => hubNamePart.test(part) && !forbiddenInPart.test(part)) &&
    !/^checkpoint-\d+$/u.test(parts[1] ?? '')
  );
}
