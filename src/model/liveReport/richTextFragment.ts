import * as Y from 'yjs';
import { isRecord } from '../isRecord';
import {
  appendText,
  canonicalAttributes,
  canonicalElementNode,
  canonicalMarks,
  canonicalRichText,
  type CanonicalMark,
  type CanonicalNode,
  type CanonicalRichText,
  type RichTextAttributes,
} from './richTextCanonicalForm';
import type { RichText } from '../richText';

export type LiveRichTextChild = Y.XmlElement | Y.XmlText;

// y-prosemirror names a mark that may overlap itself `name--hash`; the editor's marks never do.
const hashedMarkName = /^(.*)--[a-zA-Z0-9+/=]{8}$/u;

function markNameOfAttribute(attributeName: string): string {
  return hashedMarkName.exec(attributeName)?.[1] ?? attributeName;
}

/** Formatting attributes of a text run in y-prosemirror's form: `{ [markName]: markAttrs }`. */
export function markAttributes(
  marks: readonly CanonicalMark[] | undefined,
): Record<string, Record<string, string>> {
  const attributes: Record<string, Record<string, string>> = {};
  for (const mark of marks ?? []) attributes[mark.type] = { ...mark.attrs };
  return attributes;
}

function appendTextDelta(nodes: CanonicalNode[], text: Y.XmlText): void {
  const delta: unknown = text.toDelta();
  if (!Array.isArray(delta)) return;
  for (const operation of delta) {
    // Embeds (anything but a string) are not rich text; y-prosemirror writes none.
    if (!isRecord(operation) || typeof operation['insert'] !== 'string') continue;
    const attributes = isRecord(operation['attributes']) ? operation['attributes'] : {};
    const marks = canonicalMarks(
      Object.entries(attributes).map(([name, value]) => ({
        type: markNameOfAttribute(name),
        attrs: isRecord(value) ? value : undefined,
      })),
    );
    appendText(nodes, operation['insert'], marks);
  }
}

export function readRichTextElement(element: Y.XmlElement): CanonicalNode {
  return canonicalElementNode(
    element.nodeName,
    canonicalAttributes(element.nodeName, element.getAttributes()),
    readRichTextChildren(element),
  );
}

/** Yjs children of a fragment or element as rich-text nodes (y-prosemirror's format). */
export function readRichTextNodes(children: readonly unknown[]): CanonicalNode[] {
  const nodes: CanonicalNode[] = [];
  for (const child of children) {
    if (child instanceof Y.XmlText) appendTextDelta(nodes, child);
    else if (child instanceof Y.XmlElement) nodes.push(readRichTextElement(child));
  }
  return nodes;
}

export function readRichTextChildren(parent: Y.XmlFragment): CanonicalNode[] {
  return readRichTextNodes(parent.toArray());
}

export function readRichTextFromFragment(fragment: Y.XmlFragment): CanonicalRichText {
  return { type: 'doc', content: readRichTextChildren(fragment) };
}

function createText(nodes: readonly CanonicalNode[]): Y.XmlText {
  const text = new Y.XmlText();
  text.applyDelta(
    nodes.map((node) => ({ insert: node.text ?? '', attributes: markAttributes(node.marks) })),
  );
  return text;
}

function createElement(node: CanonicalNode): Y.XmlElement {
  const element = new Y.XmlElement(node.type);
  // Yjs types attributes as strings by default; they are any JSON value, as y-prosemirror writes them.
  const attributes = element as unknown as Y.XmlElement<RichTextAttributes>;
  for (const [key, value] of Object.entries(node.attrs ?? {}))
    if (value !== null) attributes.setAttribute(key, value);
  const children = createRichTextChildren(node.content ?? []);
  if (children.length > 0) element.insert(0, children);
  return element;
}

/**
 * New Yjs children for nodes in canonical form, as y-prosemirror builds them: an element per
 * node with its attributes (nulls left out), one text per run of adjacent text nodes.
 */
export function createRichTextChildren(nodes: readonly CanonicalNode[]): LiveRichTextChild[] {
  const children: LiveRichTextChild[] = [];
  let textRun: CanonicalNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      textRun.push(node);
      continue;
    }
    if (textRun.length > 0) children.push(createText(textRun));
    textRun = [];
    children.push(createElement(node));
  }
  if (textRun.length > 0) children.push(createText(textRun));
  return children;
}

/** A new fragment holding the rich text. */
export function createRichTextFragment(richText: RichText): Y.XmlFragment {
  const fragment = new Y.XmlFragment();
  const children = createRichTextChildren(canonicalRichText(richText).content);
  if (children.length > 0) fragment.insert(0, children);
  return fragment;
}
