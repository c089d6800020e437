import { ChangeSet, simplifyChanges } from 'prosemirror-changeset';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { ReplaceStep } from 'prosemirror-transform';
import type { RichText } from '../richText';
import type { TextSegment } from './reportDifference';
import { richTextDocumentSchema } from './richTextDocumentSchema';

function leafText(node: ProseMirrorNode): string {
  return node.type.name === 'hardBreak' ? '\n' : '';
}

function textOf(document: ProseMirrorNode, from: number, to: number): string {
  return document.textBetween(from, to, '\n', leafText);
}

function push(segments: TextSegment[], kind: TextSegment['kind'], text: string): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last?.kind === kind) segments[segments.length - 1] = { kind, text: last.text + text };
  else segments.push({ kind, text });
}

/**
 * The words deleted and inserted between two rich texts, in reading order. The new document
 * replaces the old in one step, and prosemirror-changeset diffs that replacement down to the
 * characters that changed, widened to whole words for reading.
 */
export function diffRichText(before: RichText, after: RichText): TextSegment[] {
  const oldDocument = richTextDocumentSchema.nodeFromJSON(before);
  const newDocument = richTextDocumentSchema.nodeFromJSON(after);
  const step = new ReplaceStep(0, oldDocument.content.size, newDocument.slice(0));
  const changes = simplifyChanges(
    ChangeSet.create(oldDocument).addSteps(newDocument, [step.getMap()], null).changes,
    newDocument,
  );
  const segments: TextSegment[] = [];
  let position = 0;
  for (const change of changes) {
    push(segments, 'same', textOf(newDocument, position, change.fromB));
    push(segments, 'deleted', textOf(oldDocument, change.fromA, change.toA));
    push(segments, 'inserted', textOf(newDocument, change.fromB, change.toB));
    position = change.toB;
  }
  push(segments, 'same', textOf(newDocument, position, newDocument.content.size));
  return segments;
}
