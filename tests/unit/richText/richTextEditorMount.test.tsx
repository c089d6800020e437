// @vitest-environment happy-dom
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { RichText } from '@/model/richText';
import RichTextEditor from '@/features/richText/RichTextEditor';
import type { StandInHandOver } from '@/features/richText/RichTextStandIn';
import { flushPendingEdits, hasPendingEdits } from '@/store/pendingEdits';

const typed: RichText = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'typed while loading' }] }],
};
const empty: RichText = { type: 'doc', content: [{ type: 'paragraph' }] };

function wait(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/**
 * As in the app, the editor's code arrives after the field is on screen. React then renders the
 * editor at once but shows it up to 300 ms later (its Suspense reveal throttle): any timer set while
 * rendering runs before the editor is in the page.
 */
function lazyRichTextEditor() {
  return lazy(async () => {
    await wait(20);
    return { default: RichTextEditor };
  });
}

let root: Root | undefined;
let container: HTMLElement | undefined;

afterEach(() => {
  root?.unmount();
  container?.remove();
  root = undefined;
});

function mountEditor(value: RichText, handOver: StandInHandOver | undefined) {
  const commits: RichText[] = [];
  let readyCount = 0;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const LazyRichTextEditor = lazyRichTextEditor();
  root.render(
    <Suspense fallback={null}>
      <LazyRichTextEditor
        value={value}
        path="abstract.summary"
        label="Summary"
        labelId="summary-label"
        describedById="summary-help"
        controlId="summary"
        invalid={false}
        takeOverStandIn={() => handOver}
        onReady={() => {
          readyCount += 1;
        }}
        onCommit={(next) => commits.push(next)}
        onBlur={() => undefined}
      />
    </Suspense>,
  );
  return { commits, readyCount: () => readyCount };
}

function editableElements(): HTMLElement[] {
  return [...(container?.querySelectorAll<HTMLElement>('.ProseMirror') ?? [])];
}

describe('RichTextEditor shown after its code loads', () => {
  it('makes a paste the stand-in took, links kept, where the caret was', async () => {
    const end = 'typed while loading'.length + 1;
    const { commits } = mountEditor(empty, {
      content: typed,
      selection: { anchor: end, head: end },
      focused: true,
      paste: {
        html: '<p>, see <a href="https://arxiv.org/abs/2305.14314">the QLoRA paper</a></p>',
        text: ', see the QLoRA paper',
      },
    });
    await expect
      .poll(() => container?.querySelector('.ProseMirror a')?.getAttribute('href'), {
        timeout: 5000,
      })
      .toBe('https://arxiv.org/abs/2305.14314');
    expect(editableElements().map((element) => element.textContent)).toEqual([
      'typed while loading, see the QLoRA paper',
    ]);
    flushPendingEdits();
    expect(JSON.stringify(commits.at(-1))).toContain('https://arxiv.org/abs/2305.14314');
  });

  it('records no change when nothing was typed, while open or when it closes', async () => {
    const { commits, readyCount } = mountEditor(typed, undefined);
    await wait(800);
    expect(readyCount()).toBe(1);
    expect(editableElements().map((element) => element.textContent)).toEqual([
      'typed while loading',
    ]);
    expect(hasPendingEdits()).toBe(false);
    flushPendingEdits();
    root?.unmount();
    root = undefined;
    await wait(50);
    expect(commits).toEqual([]);
  });

  it('keeps the text and focus the stand-in handed over in the editor on screen', async () => {
    const { commits, readyCount } = mountEditor(empty, {
      content: typed,
      selection: undefined,
      focused: true,
      paste: undefined,
    });
    await wait(800);
    expect(readyCount()).toBe(1);
    const [editable] = editableElements();
    expect(editableElements()).toHaveLength(1);
    expect(editable?.textContent).toBe('typed while loading');
    expect(document.activeElement).toBe(editable);
    expect(commits).toEqual([typed]);
    flushPendingEdits();
    expect(commits).toEqual([typed]);
  });
});

describe('RichTextEditor when the stand-in commits while the editor is being made', () => {
  const committedByStandIn: RichText = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'typed while loading, committed' }] },
    ],
  };

  /** Commits in the effects of the render that makes the editor, after the editor's own effects. */
  function CommitOnMount({ commit }: { commit: () => void }) {
    useEffect(commit, [commit]);
    return null;
  }

  // The stand-in commits 300 ms after its last key. On a slow machine that can fall after the
  // editor was made from the old value and before it is shown; the stand-in then has nothing
  // dirty to hand over, and the editor must still show the text the store now holds.
  it('shows the text committed after it was made', async () => {
    let setValue: ((value: RichText) => void) | undefined;
    const commit = () => setValue?.(committedByStandIn);
    function Field() {
      const [value, setShownValue] = useState<RichText>(typed);
      setValue = setShownValue;
      const LazyRichTextEditor = useMemo(lazyRichTextEditor, []);
      return (
        <Suspense fallback={null}>
          <LazyRichTextEditor
            value={value}
            path="abstract.summary"
            label="Summary"
            labelId="summary-label"
            describedById="summary-help"
            controlId="summary"
            invalid={false}
            takeOverStandIn={() => ({
              content: undefined,
              selection: undefined,
              focused: false,
              paste: undefined,
            })}
            onReady={() => undefined}
            onCommit={() => undefined}
            onBlur={() => undefined}
          />
          <CommitOnMount commit={commit} />
        </Suspense>
      );
    }
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    root.render(<Field />);
    await wait(800);
    expect(editableElements().map((element) => element.textContent)).toEqual([
      'typed while loading, committed',
    ]);
    expect(hasPendingEdits()).toBe(false);
  });
});
