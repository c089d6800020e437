import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createCommentActions } from '@/store/commentActions';
import { createReportStore } from '@/store/reportStore';

function makeStore() {
  const store = createReportStore({
    now: () => 0,
    initialDocument: { report: createEmptyReport('report-1') },
  });
  let next = 0;
  const actions = createCommentActions(store, {
    now: () => new Date('2026-12-04T08:00:00.000Z'),
    createId: () => `id-${(next += 1)}`,
    authorName: () => 'Ada',
  });
  return { store, actions };
}

describe('comment actions', () => {
  it('each comment, reply and Resolve is one undo step', () => {
    const { store, actions } = makeStore();
    expect(actions.addComment({ path: 'titlePage.title' }, 'Shorter?')).toBe(true);
    expect(actions.reply('id-1', 'Yes')).toBe(true);
    expect(actions.resolve('id-1')).toBe(true);
    const thread = store.getState().document.report.comments[0];
    expect(thread).toMatchObject({
      id: 'id-1',
      author: 'Ada',
      createdAt: '2026-12-04T08:00:00.000Z',
      resolved: true,
      replies: [{ id: 'id-2', author: 'Ada', body: 'Yes' }],
    });
    expect(store.getState().past).toHaveLength(3);
    store.getState().undo();
    expect(store.getState().document.report.comments[0]?.resolved).toBe(false);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().document.report.comments).toEqual([]);
  });

  it('refuses a comment longer than the schema allows, leaving the report as it was', () => {
    const { store, actions } = makeStore();
    const before = store.getState().document;
    expect(actions.addComment({ path: 'abstract' }, 'x'.repeat(10_001))).toBe(false);
    expect(store.getState().document).toBe(before);
  });
});
