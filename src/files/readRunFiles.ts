import type {
  RunFileToRead,
  RunImportWorkerMessage,
  RunImportWorkerRequest,
} from '@/import/runImportWorkerProtocol';
import {
  unpackRunImportParseInSteps,
  type PackedRunImportParse,
} from '@/import/packedRunImportParse';
import type { RunImportParse, RunImportProgress } from '@/import/runImportTypes';
import { pointsRebuiltPerStep } from '@/model/packedPlotPoints';
import { yieldToMainThread } from '@/platform/yieldToMainThread';

/** One file the user gave, with the folder path it had inside a dropped or picked folder. */
export interface PickedFile {
  path: string;
  file: File;
}

/** Skipped before reading: weights and archives are binary, and anything this large is not a log we can use. */
const skippedExtensions =
  /\.(safetensors|bin|pt|pth|ckpt|h5|onnx|gguf|zip|tar|gz|tgz|png|jpe?g|gif|pdf|parquet|arrow|npy|npz|pkl)$/iu;
const maximumFileBytes = 250 * 1024 * 1024;

export interface SkippedFile {
  path: string;
  message: string;
}

export interface RunFilesRead {
  parse: RunImportParse;
  skipped: SkippedFile[];
}

function parseInWorker(
  files: RunFileToRead[],
  onReading: (fileIndex: number) => void,
  onProgress: (progress: RunImportProgress) => void,
): Promise<PackedRunImportParse> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./runImportWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<RunImportWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'reading') {
        onReading(message.fileIndex);
        return;
      }
      if (message.type === 'progress') {
        onProgress(message.progress);
        return;
      }
      worker.terminate();
      if (message.type === 'done') resolve(message.packed);
      else reject(new Error(message.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The run-file reader stopped'));
    });
    worker.postMessage({ files } satisfies RunImportWorkerRequest);
  });
}

/**
 * Skips weights and huge files, then reads and parses the rest in a worker, off the main thread;
 * the series points come back packed and are rebuilt here a step at a time.
 */
export async function readRunFiles(
  picked: readonly PickedFile[],
  onProgress: (text: string) => void,
): Promise<RunFilesRead> {
  const skipped: SkippedFile[] = [];
  const toRead: (RunFileToRead & { pickedIndex: number })[] = [];
  for (const [index, { path, file }] of picked.entries()) {
    if (skippedExtensions.test(path)) {
      skipped.push({
        path,
        message: `${path} was skipped: it is a binary file (weights, archive or image), not a training log.`,
      });
      continue;
    }
    if (file.size > maximumFileBytes) {
      skipped.push({
        path,
        message: `${path} was skipped: it is ${Math.round(file.size / 1024 / 1024)} MB, over the 250 MB limit for one file.`,
      });
      continue;
    }
    toRead.push({ path, file, pickedIndex: index });
  }
  if (toRead.length === 0)
    return { parse: { files: [], findings: [], series: [], warnings: [] }, skipped };
  const packed = await parseInWorker(
    toRead.map(({ path, file }) => ({ path, file })),
    (fileIndex) => {
      const reading = toRead[fileIndex];
      if (reading !== undefined)
        onProgress(`Reading ${reading.path} (${reading.pickedIndex + 1} of ${picked.length})…`);
    },
    (progress) =>
      onProgress(
        `Reading ${progress.path} (${progress.fileIndex + 1} of ${progress.fileCount}, ${Math.round(progress.fileFraction * 100)} %)…`,
      ),
  );
  const parse = await unpackRunImportParseInSteps(packed, {
    pointsPerStep: pointsRebuiltPerStep,
    betweenSteps: yieldToMainThread,
  });
  return { parse, skipped };
}

/** Walks dropped folders (DataTransfer entries) into files with their relative paths. */
export async function collectDroppedFiles(items: DataTransferItemList): Promise<PickedFile[]> {
  const entries = [...items]
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null);
  const files: PickedFile[] = [];
  const visit = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    const path = `${prefix}${entry.name}`;
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) =>
        (entry as FileSystemFileEntry).file(resolve, reject),
      );
      files.push({ path, file });
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
        reader.readEntries(resolve, reject),
      );
      if (batch.length === 0) break;
      for (const child of batch) await visit(child, `${path}/`);
    }
  };
  for (const entry of entries) await visit(entry, '');
  return files;
}
