// @vitest-environment happy-dom
import { createRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { RichText } from '@/model/richText';
import { RichTextStandIn, type RichTextStandInHandle } from '@/features/richText/RichTextStandIn';

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
});
