import { useEffect, useRef } from 'react';

/**
 * Publishes the top bar's height as `--top-bar-height` on the root element: the bar wraps onto a
 * second row on narrower windows, and whatever sticks below it (the section list, the preview, the
 * Comments panel) must start where it ends.
 */
export function useTopBarHeight() {
  const barRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const bar = barRef.current;
    if (bar === null || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--top-bar-height', `${bar.offsetHeight}px`);
    });
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--top-bar-height');
    };
  }, []);
  return barRef;
}
