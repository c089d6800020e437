/**
 * Page rules (`@page` with margin boxes) for as long as the returned function is not called. A
 * constructed style sheet, because the Content Security Policy allows no inline style.
 */
export function adoptPageStyle(css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
      (adopted) => adopted !== sheet,
    );
  };
}

/**
 * Names the page `title` until the returned function is called: the browser offers it as the PDF's
 * file name and writes it as the PDF's title.
 */
export function titleDocument(title: string): () => void {
  const before = document.title;
  document.title = title;
  return () => {
    document.title = before;
  };
}

/** The paper size people here print on is read from the browser's language. */
export function browserLocale(): string {
  return navigator.language;
}

/** Opens the browser's print dialog; `onDone` runs once it is closed, printed or not. */
export function openPrintDialog(onDone: () => void): () => void {
  const done = (): void => {
    window.removeEventListener('afterprint', done);
    onDone();
  };
  window.addEventListener('afterprint', done);
  window.print();
  return () => window.removeEventListener('afterprint', done);
}

/** Resolves when every image under `root` is decoded, or after `limitMilliseconds`. */
export function whenImagesDrawn(
  root: HTMLElement,
  expectedImages: number,
  limitMilliseconds: number,
): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const check = (): void => {
      const images = [...root.querySelectorAll('img')];
      const busy = root.querySelector('[aria-busy="true"]') !== null;
      if (performance.now() - started > limitMilliseconds) resolve();
      else if (busy || images.length < expectedImages) requestAnimationFrame(check);
      else
        void Promise.all(images.map((image) => image.decode().catch(() => undefined))).then(() =>
          resolve(),
        );
    };
    check();
  });
}
