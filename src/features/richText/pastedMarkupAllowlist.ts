/** What pasted HTML may keep: the elements our rich-text schema can hold and the attributes it reads. */
export const pastedMarkupAllowlist = {
  /** Any other element is reduced to its content. */
  tags: [
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
  ],
  attributes: ['href', 'colspan', 'rowspan', 'start'],
  /**
   * Attribute names kept as DOMPurify keeps them by default: ProseMirror reads `data-pm-slice` on
   * HTML copied from an editor, the table extension `data-colwidth`.
   */
  attributePatterns: [/^data-[-\w.\u00b7-\uffff]+$/u, /^aria-[-\w]+$/u],
  /** Links keep only these schemes. */
  linkSchemes: /^(?:https?:|mailto:)/iu,
  /**
   * Elements dropped with everything inside, because what they hold is not text for a reader:
   * DOMPurify's own list (minus thead, which we keep).
   */
  droppedWithContent: [
    'annotation-xml',
    'audio',
    'colgroup',
    'desc',
    'foreignobject',
    'head',
    'iframe',
    'math',
    'mi',
    'mn',
    'mo',
    'ms',
    'mtext',
    'noembed',
    'noframes',
    'noscript',
    'plaintext',
    'script',
    'selectedcontent',
    'style',
    'svg',
    'template',
    'title',
    'video',
    'xmp',
  ],
} as const;
