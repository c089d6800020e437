// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queueEditorMount, typingPauseMilliseconds } from '@/features/richText/editorMountQueue';

afterEach(() => {
  vi.useRealTimers();
});

function fakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
}

describe('the editor mount queue', () => {
  it('mounts one editor per task', () => {
    fakeClock();
    const mounted: string[] = [];
    queueEditorMount(() => mounted.push('first'));
    queueEditorMount(() => mounted.push('second'));
    expect(mounted).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(mounted).toEqual(['first']);
    vi.advanceTimersToNextTimer();
    expect(mounted).toEqual(['first', 'second']);
  });

  it('waits while the person clicks and types, and mounts once they pause', () => {
    fakeClock();
    vi.advanceTimersByTime(10_000);
    const mounted: string[] = [];
    queueEditorMount(() => mounted.push('editor'));
    document.dispatchEvent(new Event('pointerdown'));
    for (let key = 0; key < 10; key += 1) {
      vi.advanceTimersByTime(typingPauseMilliseconds / 3);
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    }
    expect(mounted).toEqual([]);
    vi.advanceTimersByTime(typingPauseMilliseconds - 1);
    expect(mounted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(mounted).toEqual(['editor']);
  });

  it('forgets a cancelled mount', () => {
    fakeClock();
    vi.advanceTimersByTime(10_000);
    const mounted: string[] = [];
    const cancel = queueEditorMount(() => mounted.push('gone'));
    queueEditorMount(() => mounted.push('kept'));
    cancel();
    vi.runAllTimers();
    expect(mounted).toEqual(['kept']);
  });

  it('waits after a click made before the first mount was queued', async () => {
    // A fresh module: earlier tests' mounts must not have started its listening already.
    vi.resetModules();
    const fresh = await import('@/features/richText/editorMountQueue');
    fakeClock();
    vi.advanceTimersByTime(10_000);
    const mounted: string[] = [];
    document.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(15);
    fresh.queueEditorMount(() => mounted.push('editor'));
    vi.advanceTimersByTime(typingPauseMilliseconds - 16);
    expect(mounted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(mounted).toEqual(['editor']);
  });
});
