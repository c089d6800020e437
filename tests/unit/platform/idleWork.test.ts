import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { onNextActivity, runWhenPageIdle } from '@/platform/idleWork';

/** A page: its window gets the person's events, its document is shown or hidden. */
class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';

  show(visibility: DocumentVisibilityState): void {
    this.visibilityState = visibility;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

let page: EventTarget;
let document: FakeDocument;
let idleCallbacks: (() => void)[];
let navigatorConnection: { saveData?: boolean } | undefined;

function runIdleCallbacks(): void {
  const waiting = idleCallbacks;
  idleCallbacks = [];
  for (const callback of waiting) callback();
}

/** The task has not run when the quiet time is 1 ms short, idle periods given, and runs once at it. */
function expectRunAfterQuietTime(task: Mock, quietMilliseconds: number): void {
  vi.advanceTimersByTime(quietMilliseconds - 1);
  runIdleCallbacks();
  expect(task).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  runIdleCallbacks();
  expect(task).toHaveBeenCalledTimes(1);
}

describe('runWhenPageIdle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    page = new EventTarget();
    document = new FakeDocument();
    idleCallbacks = [];
    navigatorConnection = undefined;
    vi.stubGlobal('window', page);
    vi.stubGlobal('document', document);
    vi.stubGlobal('navigator', {
      get connection() {
        return navigatorConnection;
      },
    });
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idleCallbacks.push(callback));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => {
      idleCallbacks[handle - 1] = () => undefined;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs once the page was left alone for the quiet time, in an idle period, and only once', () => {
    const task = vi.fn();
    runWhenPageIdle(task, 3000);
    vi.advanceTimersByTime(2999);
    runIdleCallbacks();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).not.toHaveBeenCalled();
    runIdleCallbacks();
    expect(task).toHaveBeenCalledTimes(1);
    page.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(10_000);
    runIdleCallbacks();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits again from each key, input, click and wheel', () => {
    const task = vi.fn();
    runWhenPageIdle(task, 3000);
    for (const type of ['keydown', 'input', 'pointerdown', 'wheel']) {
      vi.advanceTimersByTime(2500);
      page.dispatchEvent(new Event(type));
    }
    expectRunAfterQuietTime(task, 3000);
  });

  it('does not run for a hidden page, and waits the quiet time again once it is shown', () => {
    const task = vi.fn();
    runWhenPageIdle(task, 3000);
    document.show('hidden');
    vi.advanceTimersByTime(60_000);
    runIdleCallbacks();
    expect(task).not.toHaveBeenCalled();
    document.show('visible');
    expectRunAfterQuietTime(task, 3000);
  });

  it('a key between the quiet time and the idle period starts the wait again', () => {
    const task = vi.fn();
    runWhenPageIdle(task, 3000);
    vi.advanceTimersByTime(3000);
    page.dispatchEvent(new Event('keydown'));
    runIdleCallbacks();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3000);
    runIdleCallbacks();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs nothing for a reader who asked to save data, and nothing once cancelled', () => {
    navigatorConnection = { saveData: true };
    const saving = vi.fn();
    runWhenPageIdle(saving, 3000);
    navigatorConnection = { saveData: false };
    const cancelled = vi.fn();
    const cancel = runWhenPageIdle(cancelled, 3000);
    cancel();
    vi.advanceTimersByTime(60_000);
    runIdleCallbacks();
    expect(saving).not.toHaveBeenCalled();
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('onNextActivity answers the next key, input, click or wheel once, unless cancelled', () => {
    for (const type of ['keydown', 'input', 'pointerdown', 'wheel']) {
      const callback = vi.fn();
      onNextActivity(callback);
      page.dispatchEvent(new Event(type));
      page.dispatchEvent(new Event(type));
      expect(callback).toHaveBeenCalledTimes(1);
    }
    const cancelled = vi.fn();
    onNextActivity(cancelled)();
    page.dispatchEvent(new Event('keydown'));
    expect(cancelled).not.toHaveBeenCalled();
  });
});
