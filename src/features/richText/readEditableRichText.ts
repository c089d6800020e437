import { textNode, type RichText, type RichTextMark, type RichTextNode } from '@/model/richText';

/** A place in the DOM as the Selection API gives it: a node and an offset in it. */
export interface DomPoint {
  node: Node;
  offset: number;
}

export interface ReadRichText {
  content: RichText;
  /** The document position (ProseMirror counting) of each point asked for; undefined if outside. */
  positions: (number | undefined)[];
}

interface Textblock {
  type: 'paragraph' | 'heading';
  attrs?: { level: number };
}

interface InlineRun {
  block: Textblock;
  content: RichTextNode[];
  /** A <br> not yet known to be a line break: the last one of a block only holds the line open. */
  pendingBreak: { pointsAfter: number[] } | undefined;
}

const inlineTags = new Set([
  'A',
  'ABBR',
  'B',
  'BR',
  'CODE',
  'DEL',
  'EM',
  'FONT',
  'I',
  'IMG',
  'KBD',
  'MARK',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'U',
  'WBR',
]);

function markOf(element: Element): RichTextMark | undefined {
  switch (element.tagName) {
    case 'B':
    case 'STRONG':
      return { type: 'bold' };
    case 'I':
    case 'EM':
      return { type: 'italic' };
    case 'U':
      return { type: 'underline' };
    case 'S':
    case 'STRIKE':
    case 'DEL':
      return { type: 'strike' };
    case 'CODE':
      return { type: 'code' };
    case 'A': {
      const href = element.getAttribute('href');
      return href === null ? undefined : { type: 'link', attrs: { href } };
    }
    default:
      return undefined;
  }
}

function isInline(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE || inlineTags.has((node as Element).tagName);
}

function sameMarks(left: RichTextMark[] | undefined, right: RichTextMark[] | undefined): boolean {
  return JSON.stringify(left ?? []) === JSON.stringify(right ?? []);
}

/**
 * Reads the rich text a plain contenteditable element shows (the stand-in typed into while the
 * editor loads) with the same structure the editor would give it, and maps DOM points to document
 * positions. Headings are read back from the levels `RichTextView` gave them (`headingDepth`).
 * A top-level block in `unchangedBlocks` (its element as first rendered, nothing in it changed
 * since) keeps its original node, attributes included.
 */
export function readEditableRichText(
  root: Element,
  points: readonly DomPoint[],
  unchangedBlocks: ReadonlyMap<Node, RichTextNode>,
  headingDepth: number,
): ReadRichText {
  const reader = new EditableReader(points, headingDepth);
  const content = reader.readBlocks(root, { type: 'paragraph' }, unchangedBlocks);
  return {
    content: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] },
    positions: reader.positions,
  };
}

class EditableReader {
  position = 0;
  readonly positions: (number | undefined)[];

  constructor(
    private readonly points: readonly DomPoint[],
    private readonly headingDepth: number,
  ) {
    this.positions = points.map(() => undefined);
  }

  /** Records the current position for the points at child `index` of `node`. */
  private markChild(node: Node, index: number, run: InlineRun | undefined): void {
    this.points.forEach((point, pointIndex) => {
      if (point.node !== node || point.offset !== index) return;
      this.positions[pointIndex] = this.position;
      run?.pendingBreak?.pointsAfter.push(pointIndex);
    });
  }

  private markText(node: Node, length: number): void {
    this.points.forEach((point, pointIndex) => {
      if (point.node === node)
        this.positions[pointIndex] = this.position + Math.min(point.offset, length);
    });
  }

  readBlocks(
    element: Element,
    textblock: Textblock,
    unchangedBlocks?: ReadonlyMap<Node, RichTextNode>,
  ): RichTextNode[] {
    const blocks: RichTextNode[] = [];
    let run: InlineRun | undefined;
    const children = [...element.childNodes];
    children.forEach((child, index) => {
      this.markChild(element, index, run);
      if (child.nodeType === Node.TEXT_NODE && (child as Text).data === '') {
        this.markText(child, 0);
        return;
      }
      if (isInline(child)) {
        run ??= this.openRun(textblock);
        this.readInline(child, run, []);
        return;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) return;
      if (run !== undefined) {
        blocks.push(this.closeRun(run));
        run = undefined;
      }
      const read = this.readBlock(child as Element, textblock);
      const unchanged = unchangedBlocks?.get(child);
      blocks.push(...(unchanged === undefined ? read : [unchanged]));
    });
    this.markChild(element, children.length, run);
    if (run !== undefined) blocks.push(this.closeRun(run));
    return blocks;
  }

  private openRun(block: Textblock): InlineRun {
    this.position += 1;
    return { block, content: [], pendingBreak: undefined };
  }

  private closeRun(run: InlineRun): RichTextNode {
    this.position += 1;
    const node: RichTextNode = { type: run.block.type };
    if (run.block.attrs !== undefined) node.attrs = { ...run.block.attrs };
    if (run.content.length > 0) node.content = run.content;
    return node;
  }

  private emptyTextblock(block: Textblock): RichTextNode {
    return this.closeRun(this.openRun(block));
  }

  private flushBreak(run: InlineRun): void {
    if (run.pendingBreak === undefined) return;
    for (const pointIndex of run.pendingBreak.pointsAfter) {
      const position = this.positions[pointIndex];
      if (position !== undefined) this.positions[pointIndex] = position + 1;
    }
    run.pendingBreak = undefined;
    run.content.push({ type: 'hardBreak' });
    this.position += 1;
  }

  private pushText(run: InlineRun, text: string, marks: RichTextMark[]): void {
    // The stand-in wraps white space (pre-wrap), so a typed new line is a line break.
    text.split('\n').forEach((line, index) => {
      if (index > 0) run.content.push({ type: 'hardBreak' });
      if (line === '') return;
      const ordered = marks.length === 0 ? undefined : [...marks].reverse();
      const last = run.content.at(-1);
      if (last?.type === 'text' && sameMarks(last.marks, ordered))
        last.text = `${last.text ?? ''}${line}`;
      else run.content.push(textNode(line, ordered));
    });
    this.position += text.length;
  }

  private readInline(node: Node, run: InlineRun, marks: RichTextMark[]): void {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node as Text).data;
      if (text !== '') this.flushBreak(run);
      this.markText(node, text.length);
      this.pushText(run, text, marks);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.tagName === 'BR') {
      this.flushBreak(run);
      run.pendingBreak = { pointsAfter: [] };
      return;
    }
    const mark = markOf(element);
    const inner =
      mark === undefined || marks.some((existing) => existing.type === mark.type)
        ? marks
        : [...marks, mark];
    const children = [...element.childNodes];
    children.forEach((child, index) => {
      this.markChild(element, index, run);
      this.readInline(child, run, inner);
    });
    this.markChild(element, children.length, run);
  }

  private readContainer(element: Element): RichTextNode[] {
    const blocks = this.readBlocks(element, { type: 'paragraph' });
    return blocks.length > 0 ? blocks : [this.emptyTextblock({ type: 'paragraph' })];
  }

  private wrap(type: RichTextNode['type'], read: () => RichTextNode[]): RichTextNode {
    this.position += 1;
    const content = read();
    this.position += 1;
    return { type, content };
  }

  private readBlock(element: Element, textblock: Textblock): RichTextNode[] {
    const tag = element.tagName;
    const headingMatch = /^H([1-6])$/u.exec(tag);
    if (headingMatch !== null) {
      const level = Math.min(3, Math.max(1, Number(headingMatch[1]) - this.headingDepth));
      const block: Textblock = { type: 'heading', attrs: { level } };
      const blocks = this.readBlocks(element, block);
      return blocks.length > 0 ? blocks : [this.emptyTextblock(block)];
    }
    switch (tag) {
      case 'P': {
        const blocks = this.readBlocks(element, { type: 'paragraph' });
        return blocks.length > 0 ? blocks : [this.emptyTextblock({ type: 'paragraph' })];
      }
      case 'UL':
      case 'OL': {
        const list = this.wrap(tag === 'UL' ? 'bulletList' : 'orderedList', () =>
          this.readListItems(element),
        );
        const start = element.getAttribute('start');
        if (tag === 'OL' && start !== null && Number.isFinite(Number(start)))
          list.attrs = { start: Number(start) };
        return [list];
      }
      case 'BLOCKQUOTE':
        return [this.wrap('blockquote', () => this.readContainer(element))];
      case 'PRE':
        return [this.readCodeBlock(element)];
      case 'HR':
        this.position += 1;
        return [{ type: 'horizontalRule' }];
      case 'TABLE':
        return [this.wrap('table', () => this.readTableRows(element))];
      default:
        return this.readBlocks(element, textblock);
    }
  }

  private readListItems(list: Element): RichTextNode[] {
    const items: RichTextNode[] = [];
    [...list.childNodes].forEach((child, index) => {
      this.markChild(list, index, undefined);
      if (child.nodeType === Node.ELEMENT_NODE)
        items.push(this.wrap('listItem', () => this.readContainer(child as Element)));
    });
    this.markChild(list, list.childNodes.length, undefined);
    return items.length > 0
      ? items
      : [this.wrap('listItem', () => [this.emptyTextblock({ type: 'paragraph' })])];
  }

  private readTableRows(table: Element): RichTextNode[] {
    return [...table.querySelectorAll('tr')].map((row) =>
      this.wrap('tableRow', () =>
        [...row.children]
          .filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH')
          .map((cell) =>
            this.wrap(cell.tagName === 'TH' ? 'tableHeader' : 'tableCell', () =>
              this.readContainer(cell),
            ),
          ),
      ),
    );
  }

  private readCodeBlock(element: Element): RichTextNode {
    this.position += 1;
    let text = '';
    let endsWithBreak = false;
    const visit = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = (node as Text).data;
        this.markText(node, data.length);
        text += data;
        this.position += data.length;
        if (data !== '') endsWithBreak = false;
        return;
      }
      if ((node as Element).tagName === 'BR') {
        text += '\n';
        this.position += 1;
        endsWithBreak = true;
        return;
      }
      [...node.childNodes].forEach((child, index) => {
        this.markChild(node, index, undefined);
        visit(child);
      });
      this.markChild(node, node.childNodes.length, undefined);
    };
    visit(element);
    // The last <br> of a block only holds its line open.
    if (endsWithBreak) {
      text = text.slice(0, -1);
      this.position -= 1;
    }
    this.position += 1;
    return text === '' ? { type: 'codeBlock' } : { type: 'codeBlock', content: [textNode(text)] };
  }
}
