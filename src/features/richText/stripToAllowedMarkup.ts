import {
  defaultTreeAdapter,
  html as htmlStandard,
  parseFragment,
  type DefaultTreeAdapterTypes,
} from 'parse5';
import { pastedMarkupAllowlist } from './pastedMarkupAllowlist';

const allowedTags = new Set<string>(pastedMarkupAllowlist.tags);
const allowedAttributes = new Set<string>(pastedMarkupAllowlist.attributes);
const droppedWithContent = new Set<string>(pastedMarkupAllowlist.droppedWithContent);
const voidTags = new Set(['br', 'hr']);

function escapeText(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/\u00a0/gu, '&nbsp;');
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/gu, '&amp;')
    .replace(/"/gu, '&quot;')
    .replace(/\u00a0/gu, '&nbsp;');
}

function startTag(element: DefaultTreeAdapterTypes.Element): string {
  const attributes = element.attrs
    .filter(
      (attribute) =>
        attribute.namespace === undefined &&
        (allowedAttributes.has(attribute.name) ||
          pastedMarkupAllowlist.attributePatterns.some((pattern) => pattern.test(attribute.name))),
    )
    .map((attribute) => ` ${attribute.name}="${escapeAttribute(attribute.value)}"`);
  return `<${element.tagName}${attributes.join('')}>`;
}

/**
 * Lossy: reduces HTML to the allowed elements and attributes without building it in any DOM,
 * with parse5, which parses exactly as the HTML standard (and so the browser) does. Every other
 * element gives up its content, or loses it when it is in `droppedWithContent`; comments go.
 */
export function stripToAllowedMarkup(html: string): string {
  const body = defaultTreeAdapter.createElement('body', htmlStandard.NS.HTML, []);
  const output: string[] = [];
  // A stack rather than recursion: a paste may nest elements deeper than the call stack goes.
  const pending: (DefaultTreeAdapterTypes.ChildNode | string)[] = [];
  const pushChildren = (parent: DefaultTreeAdapterTypes.ParentNode): void => {
    for (let index = parent.childNodes.length - 1; index >= 0; index -= 1) {
      const child = parent.childNodes[index];
      if (child !== undefined) pending.push(child);
    }
  };
  pushChildren(parseFragment(body, html, {}));
  // Where a <pre> start tag ends the output: the parser drops a newline right after <pre>, so
  // text that starts there with one must be written with two, whatever was unwrapped before it.
  let afterPreStart = -1;
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (typeof item === 'string') output.push(item);
    else if (defaultTreeAdapter.isTextNode(item)) {
      if (output.length === afterPreStart && item.value.startsWith('\n')) output.push('\n');
      output.push(escapeText(item.value));
    } else if (
      defaultTreeAdapter.isElementNode(item) &&
      item.namespaceURI === htmlStandard.NS.HTML &&
      !droppedWithContent.has(item.tagName)
    ) {
      if (!allowedTags.has(item.tagName)) pushChildren(item);
      else {
        output.push(startTag(item));
        if (voidTags.has(item.tagName)) continue;
        if (item.tagName === 'pre') afterPreStart = output.length;
        pending.push(`</${item.tagName}>`);
        pushChildren(item);
      }
    }
  }
  return output.join('');
}
