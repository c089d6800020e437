import { createExampleReport } from '@/model/createExampleReport';
import { setValueAtPath } from '@/model/fieldPath';
import type { Report } from '@/model/reportSchema';
import { textNode, type RichText, type RichTextNode } from '@/model/richText';
import type { Random } from '../../../support/benchReports';

function pick<Item>(random: Random, items: readonly Item[]): Item | undefined {
  return items[Math.floor(random() * items.length)];
}

export function shuffled<Item>(random: Random, items: readonly Item[]): Item[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as Item, copy[index] as Item];
  }
  return copy;
}

const characters = ['a', 'b', 'c', ' ', 'é', '😀', '\n', '<', '"', 'Z'];

function randomText(random: Random, maximum: number): string {
  const length = 1 + Math.floor(random() * maximum);
  return Array.from({ length }, () => pick(random, characters) ?? 'a').join('');
}

function moved<Item>(random: Random, items: readonly Item[]): Item[] {
  const from = Math.floor(random() * items.length);
  const to = Math.floor(random() * items.length);
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

const richTextPaths = [
  'abstract.summary',
  'background.motivation',
  'conclusion.limitations',
  'results.analysis',
] as const;

function typeIntoBlock(random: Random, block: RichTextNode): RichTextNode {
  const content = block.content ?? [];
  const index = Math.floor(random() * content.length);
  const node = content[index];
  if (node === undefined || node.type !== 'text')
    return { ...block, content: [...content, textNode(randomText(random, 5))] };
  const text = node.text ?? '';
  const position = Math.floor(random() * (text.length + 1));
  const roll = random();
  let changed: RichTextNode | undefined;
  if (roll < 0.6)
    changed = {
      ...node,
      text: `${text.slice(0, position)}${randomText(random, 4)}${text.slice(position)}`,
    };
  else if (roll < 0.85) {
    // Deleting never leaves half of a surrogate pair: the store only holds what a keyboard types.
    const remaining = [...text];
    remaining.splice(Math.floor(random() * remaining.length), 1 + Math.floor(random() * 3));
    changed = remaining.length === 0 ? undefined : { ...node, text: remaining.join('') };
  } else {
    changed =
      node.marks === undefined ? { ...node, marks: [{ type: 'bold' }] } : { type: 'text', text };
  }
  const nextContent = [...content];
  if (changed === undefined) nextContent.splice(index, 1);
  else nextContent[index] = changed;
  return nextContent.length === 0 ? { type: block.type } : { ...block, content: nextContent };
}

function editRichText(random: Random, richText: RichText): RichText {
  const blocks = richText.content ?? [];
  const roll = random();
  if (roll < 0.15 || blocks.length === 0) {
    const at = Math.floor(random() * (blocks.length + 1));
    const paragraph: RichTextNode = {
      type: 'paragraph',
      content: [textNode(randomText(random, 8))],
    };
    return { ...richText, content: [...blocks.slice(0, at), paragraph, ...blocks.slice(at)] };
  }
  const index = Math.floor(random() * blocks.length);
  if (roll < 0.25 && blocks.length > 1)
    return { ...richText, content: blocks.filter((_, other) => other !== index) };
  const block = blocks[index];
  if (block === undefined || (block.type !== 'paragraph' && block.type !== 'heading'))
    return richText;
  const content = [...blocks];
  content[index] = typeIntoBlock(random, block);
  return { ...richText, content };
}

/** Where new models and references are copied from. */
const example = createExampleReport();

/** One random edit of the kind a person makes, by one client (ids it makes carry its name). */
export function randomEdit(
  random: Random,
  report: Report,
  client: string,
  counter: number,
): Report {
  const models = report.models.models;
  const references = report.appendix.references;
  const newId = `${client}-${counter}`;
  const roll = Math.floor(random() * 14);
  switch (roll) {
    case 0:
      return setValueAtPath(report, 'titlePage.title', randomText(random, 30));
    case 1:
    case 2:
    case 3: {
      const path = pick(random, richTextPaths) ?? 'abstract.summary';
      const value = report[path.split('.')[0] as 'abstract'];
      const key = path.split('.')[1] as 'summary';
      return setValueAtPath(report, path, editRichText(random, value[key] as RichText));
    }
    case 4: {
      const template = pick(random, example.models.models);
      if (template === undefined) return report;
      const at = Math.floor(random() * (models.length + 1));
      const added = { ...template, id: newId, name: `Model ${newId}` };
      return setValueAtPath(report, 'models.models', [
        ...models.slice(0, at),
        added,
        ...models.slice(at),
      ]);
    }
    case 5:
      if (models.length <= 1) return report;
      return setValueAtPath(
        report,
        'models.models',
        models.filter((_, index) => index !== Math.floor(random() * models.length)),
      );
    case 6:
      return setValueAtPath(report, 'models.models', moved(random, models));
    case 7: {
      const model = pick(random, models);
      if (model === undefined) return report;
      return setValueAtPath(report, `models.models#${model.id}.name`, randomText(random, 12));
    }
    case 8: {
      const model = pick(random, models);
      if (model === undefined) return report;
      const path = `models.models#${model.id}.hyperparameters.learningRate`;
      const value = Math.round(random() * 1000) / 1e6;
      return setValueAtPath(
        { ...report, typedNumbers: { ...report.typedNumbers, [path]: String(value) } },
        path,
        value,
      );
    }
    case 9: {
      const template = pick(random, example.appendix.references);
      if (template === undefined) return report;
      const at = Math.floor(random() * (references.length + 1));
      const added = { ...template, id: newId };
      return setValueAtPath(report, 'appendix.references', [
        ...references.slice(0, at),
        added,
        ...references.slice(at),
      ]);
    }
    case 10:
      return setValueAtPath(
        report,
        'appendix.references',
        random() < 0.5
          ? moved(random, references)
          : references.filter((_, index) => index !== Math.floor(random() * references.length)),
      );
    case 11: {
      const reference = pick(random, references);
      if (reference === undefined) return report;
      return setValueAtPath(
        report,
        `appendix.references#${reference.id}.title`,
        randomText(random, 20),
      );
    }
    case 12:
      return {
        ...report,
        comments: [
          ...report.comments,
          {
            id: newId,
            anchor: { path: 'abstract' },
            author: client,
            createdAt: '2026-01-01T00:00:00.000Z',
            body: randomText(random, 20),
            replies: [],
            resolved: false,
          },
        ],
      };
    default: {
      const thread = pick(random, report.comments);
      if (thread === undefined) return report;
      return {
        ...report,
        comments: report.comments.map((other) =>
          other === thread ? { ...thread, resolved: !thread.resolved } : other,
        ),
      };
    }
  }
}
