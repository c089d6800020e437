import type { RunFileContext } from './createRunFileContext';
import type { RunFileFormat } from './runImportTypes';

/** What a reader may use besides content to decide: the path only ever breaks ties. */
export interface RunFileHint {
  path: string;
  /** The file's name in lower case, without folders. */
  fileName: string;
  /** The folder names in lower case, innermost last. */
  folders: readonly string[];
}

/** A reader of JSON or YAML: it sees the parsed value. */
export interface StructuredRunFileReader {
  container: 'json' | 'yaml';
  format: RunFileFormat;
  matches(value: unknown, hint: RunFileHint): boolean;
  read(value: unknown, context: RunFileContext): void;
}

/** A reader of text (CSV, logs, command output): it sees the text and streams it. */
export interface TextRunFileReader {
  container: 'text';
  format: RunFileFormat;
  /** Free-form content that only its place in a folder identifies; checked before any parsing. */
  identifiedByPath?: true;
  matches(text: string, hint: RunFileHint): boolean;
  read(text: string, context: RunFileContext): void;
}

/** One format: how to recognise it from its content and how to read it into findings. */
export type RunFileReader = StructuredRunFileReader | TextRunFileReader;
