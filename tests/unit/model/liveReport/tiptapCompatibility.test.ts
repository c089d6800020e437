import { getSchema } from '@tiptap/core';
import {
  prosemirrorJSONToYXmlFragment,
  updateYFragment,
  yXmlFragmentToProseMirrorRootNode,
  yXmlFragmentToProsemirrorJSON,
} from '@tiptap/y-tiptap';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { richTextExtensions } from '@/features/richText/richTextExtensions';
import { createExampleReport } from '@/model/createExampleReport';
import {
  applyReportToLiveDocument,
  liveRichTextFragment,
  writeReportIntoLiveDocument,
} from '@/model/liveReport';
import {
  richTextMarkOrder,
  richTextNodeAttributeDefaults,
} from '@/model/liveReport/richTextCanonicalForm';
import { readRichTextFromFragment } from '@/model/liveReport/richTextFragment';
import type { Report } from '@/model/reportSchema';
import { sanitizeRichText, type RichText } from '@/model/richText';
import { arbitraryMutatedReport } from '../../export/support/arbitraryMutatedReport';
import { readReport, richTextsOf } from './liveReportSupport';

const schema = getSchema(richTextExtensions);

/** What the app stores once the editor holds a rich text: its JSON, sanitized (RichTextEditor). */
function asEditorStores(json: unknown): RichText {
  return sanitizeRichText(schema.nodeFromJSON(json).toJSON() as RichText);
}

function nodeType(name: string) {
  const type = schema.nodes[name];
  if (type === undefined) throw new Error(`no node type ${name}`);
  return type;
}

function markType(name: string) {
  const type = schema.marks[name];
  if (type === undefined) throw new Error(`no mark type ${name}`);
  return type;
}

function emptyMeta() {
  return { mapping: new Map(), isOMark: new Map() };
}

function checkRichTexts(report: Report): void {
  const doc = new Y.Doc();
  writeReportIntoLiveDocument(doc, report);
  for (const { richText } of richTextsOf(report)) {
    const stored = asEditorStores(richText);
    const fragment = new Y.XmlFragment();
    new Y.Doc().getMap('probe').set('text', fragment);
    prosemirrorJSONToYXmlFragment(schema, richText, fragment);
    // Tiptap's fragment, read by the core, is what the app stores.
    expect(readRichTextFromFragment(fragment)).toEqual(stored);
  }
  // The core's fragments, read by Tiptap (the binding and the schema-less reader), are too.
  for (const { richText } of richTextsOf(readReport(doc)))
    expect(asEditorStores(richText)).toEqual(richText);
  const fragments = fragmentsOf(doc);
  expect(fragments).toHaveLength(richTextsOf(report).length);
  for (const fragment of fragments) {
    const fromBinding = asEditorStores(
      yXmlFragmentToProseMirrorRootNode(fragment, schema).toJSON(),
    );
    const fromJson = asEditorStores(yXmlFragmentToProsemirrorJSON(fragment));
    expect(fromBinding).toEqual(readRichTextFromFragment(fragment));
    expect(fromJson).toEqual(readRichTextFromFragment(fragment));
  }
}

function fragmentsOf(doc: Y.Doc): Y.XmlFragment[] {
  const found: Y.XmlFragment[] = [];
  const visit = (value: unknown): void => {
    if (value instanceof Y.XmlFragment && !(value instanceof Y.XmlElement)) found.push(value);
    else if (value instanceof Y.Map) for (const child of value.values()) visit(child);
    else if (value instanceof Y.Array) for (const child of value.toArray()) visit(child);
  };
  // The writer's roots are typed already (Y.Map, Y.Array).
  for (const root of doc.share.values()) visit(root);
  return found;
}

describe('the rich-text format of the live document and Tiptap', () => {
  it('fills the same attribute defaults as the editor schema', () => {
    for (const [name, type] of Object.entries(schema.nodes)) {
      const defaults = Object.fromEntries(
        Object.entries(type.spec.attrs ?? {}).map(([key, spec]) => [key, spec.default]),
      );
      expect(richTextNodeAttributeDefaults[name] ?? {}, name).toEqual(defaults);
    }
  });

  it('orders marks as the editor schema does', () => {
    expect(richTextMarkOrder).toEqual(Object.keys(schema.marks));
  });

  it('matches Tiptap for the example in both directions', () => {
    checkRichTexts(createExampleReport());
  });

  it('matches Tiptap for generated reports in both directions', () => {
    fc.assert(fc.property(arbitraryMutatedReport(), checkRichTexts), { numRuns: 5 });
  });

  it('reads an edit made by the editor binding as the editor stores it, and applying it back changes nothing', () => {
    const doc = new Y.Doc();
    const report = createExampleReport();
    writeReportIntoLiveDocument(doc, report);
    const fragment = liveRichTextFragment(doc, 'abstract.summary');
    if (fragment === undefined) throw new Error('no fragment at abstract.summary');
    const before = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    const edited = before.copy(
      before.content.replaceChild(
        0,
        nodeType('paragraph').create(null, [
          schema.text('Typed in the editor '),
          schema.text('with a link', [markType('link').create({ href: 'https://example.org' })]),
        ]),
      ),
    );
    doc.transact(() => updateYFragment(doc, fragment, edited, emptyMeta()));
    const stored = asEditorStores(edited.toJSON());
    const read = readReport(doc);
    expect(read.abstract.summary).toEqual(stored);
    let updates = 0;
    doc.on('update', () => (updates += 1));
    const echoed: Report = { ...report, abstract: { ...report.abstract, summary: stored } };
    expect(applyReportToLiveDocument(doc, echoed)).toBe(false);
    expect(applyReportToLiveDocument(doc, read)).toBe(false);
    expect(updates).toBe(0);
  });
});
