import fc from 'fast-check';
import { defaultTreeAdapter, html as htmlStandard, parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { pastedMarkupAllowlist } from '@/features/richText/pastedMarkupAllowlist';
import { stripToAllowedMarkup } from '@/features/richText/stripToAllowedMarkup';

/** Every element and attribute a browser would build from `html` in a page's body. */
function elementsAsParsed(html: string): string[] {
  const body = defaultTreeAdapter.createElement('body', htmlStandard.NS.HTML, []);
  const found: string[] = [];
  const pending: DefaultTreeAdapterTypes.ParentNode[] = [parseFragment(body, html, {})];
  for (let parent = pending.pop(); parent !== undefined; parent = pending.pop()) {
    for (const child of parent.childNodes) {
      if (!defaultTreeAdapter.isElementNode(child)) continue;
      const namespace = child.namespaceURI === htmlStandard.NS.HTML ? '' : `${child.namespaceURI} `;
      found.push(`${namespace}${child.tagName}`);
      for (const attribute of child.attrs) found.push(`${child.tagName}[${attribute.name}]`);
      pending.push(child);
      if (defaultTreeAdapter.isElementNode(child) && 'content' in child)
        pending.push(child.content);
    }
  }
  return found;
}

const allowed = new Set<string>([
  ...pastedMarkupAllowlist.tags,
  ...pastedMarkupAllowlist.tags.flatMap((tag) =>
    pastedMarkupAllowlist.attributes.map((attribute) => `${tag}[${attribute}]`),
  ),
]);

function isAllowed(found: string): boolean {
  const attribute = /^[a-z\d]+\[(?<name>.+)\]$/u.exec(found)?.groups?.['name'];
  return (
    allowed.has(found) ||
    (attribute !== undefined &&
      allowed.has(found.slice(0, found.indexOf('['))) &&
      pastedMarkupAllowlist.attributePatterns.some((pattern) => pattern.test(attribute)))
  );
}

describe('stripToAllowedMarkup', () => {
  it.each([
    ['an image with a handler', '<img src=x onerror="alert(1)">after', 'after'],
    ['a style element', '<style>body{display:none}</style>text', 'text'],
    ['a style attribute', '<div style="color:red">styled</div>', '<div>styled</div>'],
    ['a script', 'a<script>alert(2)</script>b', 'ab'],
    ['an svg with a handler', '<svg onload="alert(4)"><text>in svg</text></svg>x', 'x'],
    ['an iframe srcdoc', '<iframe srcdoc="<script>alert(5)</script>"></iframe>y', 'y'],
    ['a handler on kept markup', '<b onmouseover="x()">bold</b>', '<b>bold</b>'],
    [
      'a table cell span',
      '<table><tr><td colspan="2" class="c">cell</td></tr></table>',
      '<table><tbody><tr><td colspan="2">cell</td></tr></tbody></table>',
    ],
    [
      'a link, its href escaped',
      '<a href=\'https://example.org/?a=1&amp;b="2"\' target=_blank>link</a>',
      '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">link</a>',
    ],
    [
      'markup in a textarea, as text',
      '<textarea><b onclick=x>t</b></textarea>',
      '&lt;b onclick=x&gt;t&lt;/b&gt;',
    ],
    ['a comment', 'a<!-- <b onclick=x> -->b', 'ab'],
    [
      "nothing of an editor's slice marks",
      '<p data-pm-slice="1 1 []" aria-label="x" data-bad"name=1>text</p>',
      '<p data-pm-slice="1 1 []" aria-label="x">text</p>',
    ],
    [
      'a clipboard document',
      "<meta charset='utf-8'><html><body><p>Hi</p></body></html>",
      '<p>Hi</p>',
    ],
    ['a newline that starts a pre', '<pre>\n\ncode</pre>', '<pre>\n\ncode</pre>'],
    ['an element before the newline that starts a pre', '<pre><img>\n</pre>', '<pre>\n\n</pre>'],
  ])('drops %s', (_name, input, expected) => {
    expect(stripToAllowedMarkup(input)).toBe(expected);
  });

  it('keeps nesting deeper than the call stack goes', () => {
    const depth = 30_000;
    const nested = `${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}`;
    expect(stripToAllowedMarkup(nested)).toContain('deep');
  });

  it('leaves nothing but allowed elements and attributes for a browser to parse, and reparses to itself', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      '/',
      '</',
      '"',
      "'",
      '=',
      ' ',
      '\n',
      '&',
      '&amp;',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      'onerror',
      'onload',
      'style',
      'href',
      'colspan',
      'javascript:alert(1)',
      'img',
      'svg',
      'math',
      'mi',
      'mglyph',
      'style',
      'script',
      'textarea',
      'title',
      'noscript',
      'template',
      'table',
      'td',
      'select',
      'option',
      'form',
      'pre',
      'a',
      'b',
      'p',
      'div',
      'text',
    );
    const tag = fc
      .tuple(
        fc.constantFrom('', '/'),
        fc.constantFrom('img', 'svg', 'math', 'style', 'a', 'b', 'td', 'pre', 'div', 'textarea'),
        fc.array(
          fc.constantFrom(
            'onerror',
            'onload',
            'style',
            'href',
            'colspan',
            'xlink:href',
            'data-pm-slice',
            'data-on"load',
          ),
          {
            maxLength: 3,
          },
        ),
        fc.constantFrom('"', "'", ''),
      )
      .map(
        ([slash, name, attributes, quote]) =>
          `<${slash}${name}${attributes.map((attribute) => ` ${attribute}=${quote}x${quote}`).join('')}>`,
      );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, tag, fc.string({ maxLength: 4 })), { maxLength: 60 }),
        (pieces) => {
          const stripped = stripToAllowedMarkup(pieces.join(''));
          expect(elementsAsParsed(stripped).filter((found) => !isAllowed(found))).toEqual([]);
          expect(stripToAllowedMarkup(stripped)).toBe(stripped);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
