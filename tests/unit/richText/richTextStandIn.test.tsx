// @vitest-environment happy-dom
import { createRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import type { RichText } from '@/model/richText';
import { RichTextStandIn, type RichTextStandInHandle } from '@/features/richText/RichTextStandIn';
import { flushPendingEdits } from '@/store/pendingEdits';
import { createReportStore } from '@/store/reportStore';

const value: RichText = {
  type: 'doc',
  content: [
    {
      type: 'codeBlock',
      attrs: { language: 'python' },
      content: [{ type: 'text', text: 'x = 1' }],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Edited' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Left alone' }] },
  ],
};

function mountStandIn() {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const handle = createRef<RichTextStandInHandle>();
  const committed: RichText[] = [];
  flushSync(() =>
    root.render(
      <RichTextStandIn
        ref={handle}
        value={value}
        controlId="analysis"
        labelId="analysis-label"
        describedById="analysis-help"
        invalid={false}
        onCommit={(next) => committed.push(next)}
        onFocus={() => undefined}
        onBlur={() => undefined}
        onMarkupPaste={() => false}
      />,
    ),
  );
  const editable = container.querySelector<HTMLElement>('[contenteditable]');
  if (editable === null) throw new Error('the stand-in shows an editable element');
  const unmount = () => {
    root.unmount();
    container.remove();
  };
  return { handle, editable, committed, unmount };
}

describe('the rich-text stand-in', () => {
  it('hands over the blocks nothing changed as stored, and reads the typed one from the page', () => {
    const { handle, editable, unmount } = mountStandIn();
    editable.children[1]?.append(' text');
    editable.dispatchEvent(new Event('input', { bubbles: true }));
    const content = handle.current?.handOver()?.content?.content;
    expect(content).toEqual([
      value.content?.[0],
      { type: 'paragraph', content: [{ type: 'text', text: 'Edited text' }] },
      value.content?.[2],
    ]);
    // Kept, not read again: the very nodes stored.
    expect(content?.[0]).toBe(value.content?.[0]);
    expect(content?.[2]).toBe(value.content?.[2]);
    unmount();
  });

  it('reads a block again once anything in it changed, even an attribute', () => {
    const { handle, editable, unmount } = mountStandIn();
    editable.children[0]?.setAttribute('data-typed', 'yes');
    editable.dispatchEvent(new Event('input', { bubbles: true }));
    const content = handle.current?.handOver()?.content?.content;
    expect(content?.[0]).not.toBe(value.content?.[0]);
    expect(content?.slice(1)).toEqual(value.content?.slice(1));
    unmount();
  });

  it('commits after a pause what it would hand over', async () => {
    const { editable, committed, unmount } = mountStandIn();
    editable.children[1]?.append(' text');
    editable.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(committed.at(-1)?.content).toEqual([
      value.content?.[0],
      { type: 'paragraph', content: [{ type: 'text', text: 'Edited text' }] },
      value.content?.[2],
    ]);
    unmount();
  });

  it('keeps its text on the page after a commit the store shares with what it held', () => {
    // A paragraph of two runs, typed into the second: the first is read back from the page as a
    // new object, equal to the stored one, which the store keeps in its place.
    const stored: RichText = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Bold', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' then plain' },
          ],
        },
      ],
    };
    const report = createEmptyReport('report-1');
    const store = createReportStore({
      now: () => 0,
      initialDocument: { report: { ...report, results: { ...report.results, analysis: stored } } },
    });
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const handle = createRef<RichTextStandInHandle>();
    const render = (): void =>
      flushSync(() =>
        root.render(
          <RichTextStandIn
            ref={handle}
            value={store.getState().document.report.results.analysis}
            controlId="analysis"
            labelId="analysis-label"
            describedById="analysis-help"
            invalid={false}
            onCommit={(next) => store.getState().setFieldValue('results.analysis', next)}
            onFocus={() => undefined}
            onBlur={() => undefined}
            onMarkupPaste={() => false}
          />,
        ),
      );
    render();
    const editable = container.querySelector<HTMLElement>('[contenteditable]');
    const plain = editable?.querySelector('p')?.lastChild;
    if (editable === null || editable === undefined || plain === null || plain === undefined)
      throw new Error('the stand-in shows the paragraph');
    plain.textContent = ' then plain, typed';
    editable.dispatchEvent(new Event('input', { bubbles: true }));
    flushPendingEdits();
    render();
    const held = store.getState().document.report.results.analysis;
    expect(held.content?.[0]?.content?.[1]).toEqual({ type: 'text', text: ' then plain, typed' });
    expect(held.content?.[0]?.content?.[0]).toBe(stored.content?.[0]?.content?.[0]);
    // Not drawn again from the store's value: the same element, the caret where it was.
    expect(container.querySelector('[contenteditable]')).toBe(editable);
    root.unmount();
    container.remove();
  });
});
