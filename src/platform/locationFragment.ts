/** The address's fragment, with its `#` ("" when there is none). */
export function readLocationFragment(): string {
  return window.location.hash;
}

/** Removes the fragment without a reload or a new history entry, so Back does not open it again. */
export function clearLocationFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/** This page's address without its fragment, where a share link points. */
export function pageAddressWithoutFragment(): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}`;
}

/** Calls `listener` when only the fragment changes (a share link pasted into this tab). */
export function onLocationFragmentChange(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}
