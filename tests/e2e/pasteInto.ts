import type { Locator } from '@playwright/test';

/** Pastes HTML (and its plain text) into a field as the browser delivers a paste. */
export async function pasteInto(field: Locator, html: string, text: string): Promise<void> {
  await field.evaluate(
    (element, pasted) => {
      const data = new DataTransfer();
      data.setData('text/html', pasted.html);
      data.setData('text/plain', pasted.text);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { html, text },
  );
}
