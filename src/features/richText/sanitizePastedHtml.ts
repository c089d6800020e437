import DOMPurify from 'dompurify';

/** The HTML elements our rich-text schema can hold; everything else is reduced to its text. */
const allowedTags = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'strike',
  'del',
  'code',
  'pre',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
  'div',
];

/**
 * Cleans pasted HTML before ProseMirror parses it: ProseMirror builds the pasted nodes in the live
 * document, where an `onerror` on an image would run. Links keep only http, https and mailto.
 */
export function sanitizePastedHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href', 'colspan', 'rowspan', 'start'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/iu,
    KEEP_CONTENT: true,
  });
}
