import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEmptyReport } from '@/model/createEmptyReport';
import { readReportFromLiveDocument, writeReportIntoLiveDocument } from '@/model/liveReport';
import type { Report } from '@/model/reportSchema';
import { bindReportStoreToLiveDocument, type LiveReportBinding } from '@/session/liveReportBinding';
import { registerPendingEdit } from '@/store/pendingEdits';
import { createReportStore, type ReportStore } from '@/store/reportStore';

const remoteOrigin = { who: 'the server' };

/** Two browsers' documents that pass every update to each other at once, like a server would. */
function linkDocuments(first: Y.Doc, second: Y.Doc): void {
  first.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== remoteOrigin) Y.applyUpdate(second, update, remoteOrigin);
  });
  second.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== remoteOrigin) Y.applyUpdate(first, update, remoteOrigin);
  });
}

interface Browser {
  store: ReportStore;
  document: Y.Doc;
  binding: LiveReportBinding;
  problems: (string | undefined)[];
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function openBrowser(document: Y.Doc, report: Report): Browser {
  const store = createReportStore({ now: () => Date.now(), initialDocument: { report } });
  const problems: (string | undefined)[] = [];
  const binding = bindReportStoreToLiveDocument({
    store,
    document,
    localOrigin: { who: 'this browser' },
    onProblem: (problem) => problems.push(problem),
  });
  cleanups.push(binding.destroy);
  return { store, document, binding, problems };
}

/** A shares a blank report, B joins: B's store holds what the room holds after the first sync. */
function shareBetweenTwo(): { a: Browser; b: Browser } {
  const report = createEmptyReport('livereport1');
  const documentA = new Y.Doc();
  writeReportIntoLiveDocument(documentA, report);
  const documentB = new Y.Doc();
  Y.applyUpdate(documentB, Y.encodeStateAsUpdate(documentA), remoteOrigin);
  linkDocuments(documentA, documentB);
  const joined = readReportFromLiveDocument(documentB);
  if (!joined.ok) throw new Error(joined.message);
  return { a: openBrowser(documentA, report), b: openBrowser(documentB, joined.report) };
}

function titlePageOf(browser: Browser): Report['titlePage'] {
  return browser.store.getState().document.report.titlePage;
}

describe('bindReportStoreToLiveDocument', () => {
  it('takes an edit in one store to the other, without an undo step there', () => {
    const { a, b } = shareBetweenTwo();
    a.store.getState().setFieldValue('titlePage.title', 'LoRA on Llama');
    expect(titlePageOf(b).title).toBe('LoRA on Llama');
    expect(b.store.getState().past).toHaveLength(0);
    b.store.getState().setFieldValue('titlePage.subtitle', 'From B');
    expect(titlePageOf(a)).toMatchObject({ title: 'LoRA on Llama', subtitle: 'From B' });
    // Unchanged sections keep their objects, so their fields do not re-render.
    const before = b.store.getState().document.report.abstract;
    a.store.getState().setFieldValue('titlePage.version', '2');
    expect(b.store.getState().document.report.abstract).toBe(before);
  });

  it('refuses a remote change that is not a valid report, keeps the last valid one and says where', () => {
    const { a, b } = shareBetweenTwo();
    a.store.getState().setFieldValue('titlePage.title', 'Valid title');
    b.document.transact(() => {
      b.document.getMap('titlePage').set('status', 'not a status');
    }, remoteOrigin);
    expect(titlePageOf(b)).toMatchObject({ title: 'Valid title', status: 'draft' });
    const problem = b.problems.at(-1);
    expect(problem).toMatch(/not taken/u);
    expect(problem).toMatch(/status/iu);
    // A valid state afterwards is taken again, and the problem is gone.
    b.document.transact(() => {
      b.document.getMap('titlePage').set('status', 'final');
    }, remoteOrigin);
    expect(titlePageOf(b).status).toBe('final');
    expect(b.problems.at(-1)).toBeUndefined();
  });

  it('keeps text a field holds when a remote change arrives', () => {
    const { a, b } = shareBetweenTwo();
    let held: string | undefined = 'Typed in B, not committed yet';
    const unregister = registerPendingEdit({
      flush: () => {
        if (held === undefined) return;
        const text = held;
        held = undefined;
        b.store.getState().setFieldValue('titlePage.subtitle', text);
      },
      isPending: () => held !== undefined,
    });
    cleanups.push(unregister);
    a.store.getState().setFieldValue('titlePage.title', 'Typed in A');
    expect(titlePageOf(b)).toMatchObject({
      title: 'Typed in A',
      subtitle: 'Typed in B, not committed yet',
    });
    expect(titlePageOf(a)).toMatchObject({
      title: 'Typed in A',
      subtitle: 'Typed in B, not committed yet',
    });
  });

  it('undoes and redoes only this user’s own changes', () => {
    const { a, b } = shareBetweenTwo();
    a.store.getState().setFieldValue('titlePage.title', 'Mine');
    b.store.getState().setFieldValue('titlePage.subtitle', 'Theirs');
    expect(a.store.getState().delegatedHistory).toEqual({ canUndo: true, canRedo: false });
    a.store.getState().undo();
    expect(titlePageOf(a)).toMatchObject({ title: '', subtitle: 'Theirs' });
    expect(titlePageOf(b)).toMatchObject({ title: '', subtitle: 'Theirs' });
    expect(a.store.getState().delegatedHistory).toEqual({ canUndo: false, canRedo: true });
    a.store.getState().redo();
    expect(titlePageOf(b)).toMatchObject({ title: 'Mine', subtitle: 'Theirs' });
  });

  it('keeps the store’s own report id when the room’s differs, and stops on a switch of report', () => {
    const report = createEmptyReport('roomreport1');
    const documentA = new Y.Doc();
    writeReportIntoLiveDocument(documentA, report);
    const documentB = new Y.Doc();
    Y.applyUpdate(documentB, Y.encodeStateAsUpdate(documentA), remoteOrigin);
    linkDocuments(documentA, documentB);
    const a = openBrowser(documentA, report);
    const b = openBrowser(documentB, { ...report, id: 'otherid1' });
    b.store.getState().setFieldValue('titlePage.title', 'From B');
    expect(titlePageOf(a).title).toBe('From B');
    expect(a.store.getState().document.report.id).toBe('roomreport1');
    expect(b.store.getState().document.report.id).toBe('otherid1');
    b.store.getState().replaceDocument({ report: createEmptyReport('anotherreport') });
    expect(b.store.getState().delegatedHistory).toBeUndefined();
    b.store.getState().setFieldValue('titlePage.title', 'Not shared');
    expect(titlePageOf(a).title).toBe('From B');
  });
});
