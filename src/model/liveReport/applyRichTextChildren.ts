import * as Y from 'yjs';
import { applyTextRuns } from './applyTextRuns';
import { jsonEquals } from './jsonEquals';
import type { CanonicalNode, RichTextAttributes } from './richTextCanonicalForm';
import { createRichTextChildren, readRichTextNodes } from './richTextFragment';

/** One element, or a run of adjacent texts, among the Yjs children of a fragment or element. */
interface HeldGroup {
  /** Where the group starts among the Yjs children. */
  index: number;
  children: (Y.XmlElement | Y.XmlText)[];
  nodes: CanonicalNode[];
}

function heldGroups(parent: Y.XmlFragment): HeldGroup[] {
  const groups: HeldGroup[] = [];
  let index = 0;
  for (const child of parent.toArray()) {
    const last = groups.at(-1);
    if (child instanceof Y.XmlText && last?.children[0] instanceof Y.XmlText)
      last.children.push(child);
    else if (child instanceof Y.XmlText || child instanceof Y.XmlElement)
      groups.push({ index, children: [child], nodes: [] });
    index += 1;
  }
  for (const group of groups) group.nodes = readRichTextNodes(group.children);
  return groups;
}

/** Nodes grouped as the Yjs children hold them: an element each, adjacent texts together. */
function wantedGroups(nodes: readonly CanonicalNode[]): CanonicalNode[][] {
  const groups: CanonicalNode[][] = [];
  for (const node of nodes) {
    const last = groups.at(-1);
    if (node.type === 'text' && last?.[0]?.type === 'text') last.push(node);
    else groups.push([node]);
  }
  return groups;
}

function applyAttributes(element: Y.XmlElement, wanted: CanonicalNode): void {
  // Yjs types attributes as strings by default; they are any JSON value, as y-prosemirror writes them.
  const attributes = element as unknown as Y.XmlElement<RichTextAttributes>;
  const held: Record<string, unknown> = attributes.getAttributes();
  const wantedAttributes = wanted.attrs ?? {};
  for (const key of Object.keys(held))
    if (wantedAttributes[key] === undefined || wantedAttributes[key] === null)
      element.removeAttribute(key);
  for (const [key, value] of Object.entries(wantedAttributes))
    if (value !== null && !jsonEquals(held[key], value)) attributes.setAttribute(key, value);
}

/**
 * Turns the children of a fragment or element into `wanted` (canonical nodes): groups equal at
 * the start and the end stay; a single changed element of the same type is updated in place
 * (attributes, then its own children), a single changed text run is edited where it differs,
 * and anything else between is replaced.
 */
export function applyRichTextChildren(
  parent: Y.XmlFragment,
  wanted: readonly CanonicalNode[],
): void {
  const held = heldGroups(parent);
  const target = wantedGroups(wanted);
  let prefix = 0;
  while (
    prefix < held.length &&
    prefix < target.length &&
    jsonEquals(held[prefix]?.nodes, target[prefix])
  )
    prefix += 1;
  let suffix = 0;
  while (
    suffix < held.length - prefix &&
    suffix < target.length - prefix &&
    jsonEquals(held[held.length - 1 - suffix]?.nodes, target[target.length - 1 - suffix])
  )
    suffix += 1;
  const changedHeld = held.slice(prefix, held.length - suffix);
  const changedTarget = target.slice(prefix, target.length - suffix);
  if (changedHeld.length === 0 && changedTarget.length === 0) return;

  const onlyHeld = changedHeld.length === 1 ? changedHeld[0] : undefined;
  const onlyTarget = changedTarget.length === 1 ? changedTarget[0] : undefined;
  const onlyHeldChild = onlyHeld?.children.length === 1 ? onlyHeld.children[0] : undefined;
  const onlyTargetNode = onlyTarget?.length === 1 ? onlyTarget[0] : undefined;
  if (
    onlyHeldChild instanceof Y.XmlElement &&
    onlyTargetNode !== undefined &&
    onlyHeldChild.nodeName === onlyTargetNode.type
  ) {
    applyAttributes(onlyHeldChild, onlyTargetNode);
    applyRichTextChildren(onlyHeldChild, onlyTargetNode.content ?? []);
    return;
  }
  if (
    onlyHeld !== undefined &&
    onlyHeldChild instanceof Y.XmlText &&
    onlyTarget?.[0]?.type === 'text'
  ) {
    applyTextRuns(onlyHeldChild, onlyHeld.nodes, onlyTarget);
    return;
  }

  const first = changedHeld[0];
  const last = changedHeld.at(-1);
  const before = held[prefix - 1];
  const start = first?.index ?? (before === undefined ? 0 : before.index + before.children.length);
  if (first !== undefined && last !== undefined)
    parent.delete(first.index, last.index + last.children.length - first.index);
  const inserted = createRichTextChildren(changedTarget.flat());
  if (inserted.length > 0) parent.insert(start, inserted);
}
