import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createExampleReport } from '@/model/createExampleReport';
import { setValueAtPath } from '@/model/fieldPath';
import {
  applyReportToLiveDocument,
  liveRichTextFragment,
  writeReportIntoLiveDocument,
} from '@/model/liveReport';
import type { Report } from '@/model/reportSchema';
import { textNode, type RichText } from '@/model/richText';
import { benchProfiles, createBenchReport } from '../../../support/benchReports';
import { readReport, replicaOf } from './liveReportSupport';

function writtenDocument(report: Report): Y.Doc {
  const doc = new Y.Doc();
  writeReportIntoLiveDocument(doc, report);
  return doc;
}

function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return updates;
}

/** The paths (from the root names) that observeDeep reports as changed. */
function recordChangedPaths(doc: Y.Doc, rootNames: readonly string[]): string[] {
  const paths: string[] = [];
  for (const name of rootNames)
    doc.getMap(name).observeDeep((events) => {
      for (const event of events)
        for (const key of event.keys.keys()) paths.push([name, ...event.path, key].join('.'));
    });
  return paths;
}

function modelsOf(doc: Y.Doc): Y.Map<unknown>[] {
  const models = doc.getMap('models').get('models');
  if (!(models instanceof Y.Array)) throw new Error('models.models is not a Y.Array');
  return models.toArray() as Y.Map<unknown>[];
}

function withModels(report: Report, models: Report['models']['models']): Report {
  return { ...report, models: { ...report.models, models } };
}

describe('applyReportToLiveDocument', () => {
  it('changes nothing when the document holds the report already', () => {
    const example = createExampleReport();
    const doc = writtenDocument(example);
    const updates = recordUpdates(doc);
    expect(applyReportToLiveDocument(doc, example)).toBe(false);
    // A report read back is made of other objects (and joined texts): compared, not assumed.
    expect(applyReportToLiveDocument(doc, readReport(doc))).toBe(false);
    expect(applyReportToLiveDocument(doc, structuredClone(example))).toBe(false);
    const replica = replicaOf(doc);
    const replicaUpdates = recordUpdates(replica);
    expect(applyReportToLiveDocument(replica, example)).toBe(false);
    expect(updates).toHaveLength(0);
    expect(replicaUpdates).toHaveLength(0);
  });

  it('sets one changed scalar and nothing else', () => {
    const example = createExampleReport();
    const doc = writtenDocument(example);
    const updates = recordUpdates(doc);
    const paths = recordChangedPaths(doc, ['titlePage', 'models']);
    const modelId = example.models.models[1]?.id ?? '';
    let next = setValueAtPath(example, 'titlePage.title', 'A new title');
    expect(applyReportToLiveDocument(doc, next)).toBe(true);
    next = setValueAtPath(next, `models.models#${modelId}.hyperparameters.learningRate`, 0.5);
    expect(applyReportToLiveDocument(doc, next)).toBe(true);
    expect(paths).toEqual(['titlePage.title', `models.models.1.hyperparameters.learningRate`]);
    expect(updates).toHaveLength(2);
    for (const update of updates) expect(update.byteLength).toBeLessThan(80);
    expect(readReport(replicaOf(doc))).toEqual(readReport(doc));
    expect(readReport(doc).titlePage.title).toBe('A new title');
  });

  it('keeps the map of every list item that did not move', () => {
    const example = createExampleReport();
    const doc = writtenDocument(example);
    const [a, b, c, d] = example.models.models;
    if (a === undefined || b === undefined || c === undefined || d === undefined)
      throw new Error('the example has four models');
    const [mapA, mapB, mapC, mapD] = modelsOf(doc);
    // Moved: d to the front; removed: b; added: a copy of c under a new id; c renamed.
    const added = { ...c, id: 'model-new', name: 'New model' };
    const next = withModels(example, [d, a, { ...c, name: 'Renamed' }, added]);
    expect(applyReportToLiveDocument(doc, next)).toBe(true);
    const after = modelsOf(doc);
    expect(after[1]).toBe(mapA);
    expect(after[2]).toBe(mapC);
    expect(after).not.toContain(mapB);
    expect(after[0]).not.toBe(mapD);
    expect(readReport(doc).models.models).toEqual(readReport(writtenDocument(next)).models.models);
    expect(mapC?.get('name')).toBe('Renamed');
    expect(applyReportToLiveDocument(doc, next)).toBe(false);
  });

  it('types into a rich text by editing only its text', () => {
    const example = createExampleReport();
    const doc = writtenDocument(example);
    const fragment = liveRichTextFragment(doc, 'abstract.summary');
    if (fragment === undefined) throw new Error('no fragment at abstract.summary');
    const childrenBefore = fragment.toArray();
    const summary = example.abstract.summary;
    const [first, ...rest] = summary.content ?? [];
    const firstText = first?.content?.[0]?.text ?? '';
    const typed: RichText = {
      ...summary,
      content: [
        {
          ...first,
          type: 'paragraph',
          content: [
            textNode(`${firstText.slice(0, 10)}😀X${firstText.slice(10)}`),
            ...(first?.content?.slice(1) ?? []),
          ],
        },
        ...rest,
      ],
    };
    const updates = recordUpdates(doc);
    expect(applyReportToLiveDocument(doc, setValueAtPath(example, 'abstract.summary', typed))).toBe(
      true,
    );
    expect(fragment.length).toBe(childrenBefore.length);
    expect(fragment.toArray().every((child, index) => child === childrenBefore[index])).toBe(true);
    expect(updates[0]?.byteLength).toBeLessThan(60);
    // Typing between the halves of the emoji keeps it whole on every replica.
    const emoji = `${firstText.slice(0, 10)}😀X${firstText.slice(10)}`;
    const splitting: RichText = {
      ...typed,
      content: [{ type: 'paragraph', content: [textNode(emoji.replace('😀', '😁'))] }, ...rest],
    };
    applyReportToLiveDocument(doc, setValueAtPath(example, 'abstract.summary', splitting));
    const replica = readReport(replicaOf(doc));
    expect(replica.abstract.summary.content?.[0]?.content?.[0]?.text).toBe(
      emoji.replace('😀', '😁'),
    );
    expect(readReport(doc)).toEqual(replica);
  });

  it('applies a one-field change to the large bench report within a few milliseconds', () => {
    const large = createBenchReport(benchProfiles.large, 2, 'bench-large');
    const doc = new Y.Doc();
    const writeStart = performance.now();
    writeReportIntoLiveDocument(doc, large);
    const writeTime = performance.now() - writeStart;
    const readStart = performance.now();
    const read = readReport(doc);
    const readTime = performance.now() - readStart;
    // A second read shares what did not change: most of it is restoreReport's validation.
    const rereadStart = performance.now();
    readReport(doc);
    const rereadTime = performance.now() - rereadStart;
    const times: number[] = [];
    let next = large;
    const modelId = large.models.models[7]?.id ?? '';
    for (let keystroke = 0; keystroke < 40; keystroke += 1) {
      next = setValueAtPath(next, `models.models#${modelId}.name`, `Model ${keystroke}`);
      const start = performance.now();
      expect(applyReportToLiveDocument(doc, next)).toBe(true);
      times.push(performance.now() - start);
    }
    times.sort((left, right) => left - right);
    const median = times[times.length >> 1] ?? 0;
    // The read report is made of new objects: compared once, then known.
    const firstEchoStart = performance.now();
    expect(applyReportToLiveDocument(doc, read)).toBe(true);
    const firstEchoTime = performance.now() - firstEchoStart;
    console.warn(
      `large report: write ${writeTime.toFixed(1)} ms, read ${readTime.toFixed(1)} ms ` +
        `(again ${rereadTime.toFixed(1)} ms), ` +
        `apply one field median ${median.toFixed(3)} ms (max ${times.at(-1)?.toFixed(3)} ms), ` +
        `apply a read report ${firstEchoTime.toFixed(1)} ms`,
    );
    expect(median).toBeLessThan(3);
  });
});
