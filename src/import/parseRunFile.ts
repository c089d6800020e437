import YAML from 'yaml';
import { createRunFileContext } from './createRunFileContext';
import { isRecord } from '@/model/isRecord';
import { readTolerantJson, type JsonDamage } from './readTolerantJson';
import { runFileFormatLabels } from './runFileFormatLabels';
import type {
  RunFileHint,
  RunFileReader,
  StructuredRunFileReader,
  TextRunFileReader,
} from './runFileReader';
import { runFileReaders } from './runFileReaders';
import type { RunFileInput, RunFileResult, RunFileStatus } from './runImportTypes';

/** JSON cannot be read line by line; beyond this a browser tab risks running out of memory. */
const maxJsonCharacters = 100 * 1024 * 1024;
const maxYamlCharacters = 20 * 1024 * 1024;

function hintFor(path: string): RunFileHint {
  const parts = path
    .replaceAll('\\', '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.');
  return {
    path,
    fileName: (parts.at(-1) ?? path).toLowerCase(),
    folders: parts.slice(0, -1).map((part) => part.toLowerCase()),
  };
}

function megabytes(characters: number): string {
  return `${(characters / (1024 * 1024)).toFixed(0)} MB`;
}

function describeKeys(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length} entries`;
  if (!isRecord(value)) return 'a single value';
  const keys = Object.keys(value);
  const shown = keys.slice(0, 5).join(', ');
  return keys.length === 0 ? 'an empty object' : `keys ${shown}${keys.length > 5 ? ', …' : ''}`;
}

function damageMessage(path: string, damage: JsonDamage): string {
  const what = damage.kind === 'truncated' ? 'is cut off' : 'is damaged';
  return `${path} ${what}: it ${damage.message}. The values before that point were read.`;
}

type Outcome =
  | {
      kind: 'read';
      reader: StructuredRunFileReader;
      content: unknown;
      damage: JsonDamage | null;
      nonFiniteCount: number;
    }
  | { kind: 'read-text'; reader: TextRunFileReader; content: string }
  | { kind: 'not-read'; status: RunFileStatus; message: string };

function structuredReaders(container: 'json' | 'yaml'): StructuredRunFileReader[] {
  return runFileReaders.filter(
    (reader): reader is StructuredRunFileReader => reader.container === container,
  );
}

function textReaders(): TextRunFileReader[] {
  return runFileReaders.filter(
    (reader): reader is TextRunFileReader => reader.container === 'text',
  );
}

function chooseReader(file: RunFileInput, text: string, hint: RunFileHint): Outcome {
  const path = file.path;
  const byPath = textReaders().find(
    (candidate) => candidate.identifiedByPath === true && candidate.matches(text, hint),
  );
  if (byPath !== undefined) return { kind: 'read-text', reader: byPath, content: text };
  const firstCharacter = /\S/u.exec(text)?.[0];

  if (firstCharacter === '{' || firstCharacter === '[') {
    if (/^\s*\{[^\n]*\}\s*\r?\n\s*\{/u.test(text.slice(0, 65_536))) {
      return {
        kind: 'not-read',
        status: 'unrecognized',
        message: `${path} is JSON Lines (one record per line, like wandb-history.jsonl), which is not imported; export the chart as CSV instead.`,
      };
    }
    if (text.length > maxJsonCharacters) {
      return {
        kind: 'not-read',
        status: 'failed',
        message: `${path} is ${megabytes(text.length)}; JSON files over ${megabytes(maxJsonCharacters)} are not read in the browser.`,
      };
    }
    const json = readTolerantJson(text);
    if (json.ok) {
      const reader = structuredReaders('json').find((candidate) =>
        candidate.matches(json.value, hint),
      );
      if (reader !== undefined) {
        const { value: content, damage, nonFiniteCount } = json;
        return { kind: 'read', reader, content, damage, nonFiniteCount };
      }
      if (json.damage !== null) {
        return {
          kind: 'not-read',
          status: 'failed',
          message: `${path} is not valid JSON: it ${json.damage.message}.`,
        };
      }
      return {
        kind: 'not-read',
        status: 'unrecognized',
        message: `${path} is JSON (${describeKeys(json.value)}) but not a run file this importer reads.`,
      };
    }
    if (hint.fileName.endsWith('.json')) {
      return { kind: 'not-read', status: 'failed', message: `${path} ${json.message}.` };
    }
  }

  const textReader = textReaders().find((candidate) => candidate.matches(text, hint));
  if (textReader !== undefined) return { kind: 'read-text', reader: textReader, content: text };

  if (hint.fileName.endsWith('.json')) {
    const json = readTolerantJson(text);
    const message = json.ok ? 'is not a run file this importer reads' : json.message;
    return { kind: 'not-read', status: 'failed', message: `${path} ${message}.` };
  }

  const isYamlName = /\.ya?ml$/u.test(hint.fileName);
  if (text.length <= maxYamlCharacters) {
    const document = YAML.parseDocument(text, { logLevel: 'silent', uniqueKeys: false });
    if (document.errors.length === 0) {
      let value: unknown;
      try {
        value = document.toJS({ maxAliasCount: 100 });
      } catch {
        value = undefined;
      }
      const reader = structuredReaders('yaml').find((candidate) => candidate.matches(value, hint));
      if (reader !== undefined) {
        return { kind: 'read', reader, content: value, damage: null, nonFiniteCount: 0 };
      }
    } else if (isYamlName) {
      const first = document.errors[0]?.message.split('\n')[0] ?? 'it could not be parsed';
      return {
        kind: 'not-read',
        status: 'failed',
        message: `${path} is not valid YAML: ${first}.`,
      };
    }
  } else if (isYamlName) {
    return {
      kind: 'not-read',
      status: 'failed',
      message: `${path} is ${megabytes(text.length)}; YAML files over ${megabytes(maxYamlCharacters)} are not read.`,
    };
  }

  return {
    kind: 'not-read',
    status: 'unrecognized',
    message: `${path} is not a run file this importer reads (trainer_state.json, training_args.json, adapter_config.json, TensorBoard/W&B/Lightning/MLflow logs, pip freeze, nvidia-smi…).`,
  };
}

/**
 * Detects one file's format from its content (the path only breaks ties: MLflow params and tags
 * have no structure of their own) and reads it. Never throws: every problem becomes the file's
 * status and message.
 */
export function parseRunFile(
  file: RunFileInput,
  seriesIdPrefix: string,
  onProgress: (fraction: number) => void = () => undefined,
): RunFileResult {
  const hint = hintFor(file.path);
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const empty = (status: RunFileStatus, message: string): RunFileResult => ({
    path: file.path,
    status,
    format: null,
    formatLabel: '',
    message,
    findings: [],
    series: [],
    warnings: [],
  });

  if (text.trim() === '') return empty('empty', `${file.path} is empty.`);
  if (text.slice(0, 8000).includes('\u0000')) {
    return empty(
      'unrecognized',
      `${file.path} is a binary file (weights, an image or an archive), not a run log.`,
    );
  }

  const outcome = chooseReader(file, text, hint);
  if (outcome.kind === 'not-read') return empty(outcome.status, outcome.message);

  const reader: RunFileReader = outcome.reader;
  const damage = outcome.kind === 'read' ? outcome.damage : null;
  const { context, collected } = createRunFileContext(hint, seriesIdPrefix, onProgress);
  let status: RunFileStatus = damage === null ? 'parsed' : 'partial';
  let message = damage === null ? '' : damageMessage(file.path, damage);
  try {
    if (outcome.kind === 'read-text') outcome.reader.read(outcome.content, context);
    else outcome.reader.read(outcome.content, context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    status = context.isEmpty ? 'failed' : 'partial';
    message = `${file.path} looked like ${runFileFormatLabels[reader.format]} but could not be read in full (${reason}).`;
  }
  const result = collected();
  const nonFinite = outcome.kind === 'read' ? outcome.nonFiniteCount : 0;
  if (nonFinite > 0) {
    result.warnings.unshift(
      `${nonFinite} NaN or Infinity value${nonFinite === 1 ? ' was' : 's were'} read as ${nonFinite === 1 ? 'a gap' : 'gaps'}.`,
    );
  }
  if (status === 'parsed' && context.isEmpty) {
    message = `${file.path} was read as ${runFileFormatLabels[reader.format]}, but it holds nothing to import.`;
  }
  return {
    path: file.path,
    status,
    format: reader.format,
    formatLabel: runFileFormatLabels[reader.format],
    message,
    findings: result.findings,
    series: result.series,
    warnings: result.warnings,
  };
}
