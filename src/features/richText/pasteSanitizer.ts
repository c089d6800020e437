type Sanitize = (html: string) => string;

let loaded: Sanitize | undefined;
let loading: Promise<Sanitize> | undefined;

/**
 * The paste cleaner (parse5, entities and DOMPurify: a third of the editor's code) loads apart from
 * the editor, once it is mounted and the page is idle: only a paste needs it, and the editor comes
 * in sooner without it.
 */
export function loadPasteSanitizer(): Promise<Sanitize> {
  loading ??= import('./sanitizePastedHtml').then(
    (module) => {
      loaded = module.sanitizePastedHtml;
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export function loadedPasteSanitizer(): Sanitize | undefined {
  return loaded;
}

/** After an editor shows: a second after, when the page is next idle, so typing is not held up. */
export function loadPasteSanitizerWhenIdle(): void {
  if (loading !== undefined) return;
  setTimeout(() => {
    const load = (): void => {
      loadPasteSanitizer().catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 5000 });
    else load();
  }, 1000);
}
