import { Schema } from 'prosemirror-model';

/**
 * The rich-text node and mark types (richTextNodeTypes, richTextMarkTypes) as a ProseMirror schema,
 * enough to read stored rich text into documents and compare them; attributes are left out
 * because a difference shows text and its formatting only.
 */
export const richTextDocumentSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*' },
    heading: { group: 'block', content: 'inline*' },
    text: { group: 'inline' },
    hardBreak: { group: 'inline', inline: true },
    bulletList: { group: 'block', content: 'listItem+' },
    orderedList: { group: 'block', content: 'listItem+' },
    listItem: { content: 'block+' },
    blockquote: { group: 'block', content: 'block+' },
    codeBlock: { group: 'block', content: 'text*', marks: '' },
    horizontalRule: { group: 'block' },
    table: { group: 'block', content: 'tableRow+' },
    tableRow: { content: '(tableCell | tableHeader)*' },
    tableHeader: { content: 'block+' },
    tableCell: { content: 'block+' },
  },
  marks: {
    bold: {},
    italic: {},
    underline: {},
    strike: {},
    code: {},
    link: { attrs: { href: { default: '' } } },
  },
});
