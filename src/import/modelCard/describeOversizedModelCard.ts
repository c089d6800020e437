import { formatByteSize } from '../formatByteSize';

/** Model cards over this size are refused, before their text is read where the size is known. */
export const maximumModelCardBytes = 5 * 1024 * 1024;

/** Why a model card of `bytes` is refused, or undefined when it is within the limit. */
export function describeOversizedModelCard(fileName: string, bytes: number): string | undefined {
  return bytes > maximumModelCardBytes
    ? `${fileName} is ${formatByteSize(bytes)}; a model card may be at most ${formatByteSize(maximumModelCardBytes)}, so it was not read.`
    : undefined;
}
