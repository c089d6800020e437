import { walkXml, word2010Namespace, word2012Namespace, wordNamespace } from './walkXml';

export interface WordComment {
  id: string;
  author: string;
  /** As the file gives it (ISO 8601), or '' when it gives none. */
  date: string;
  /** Plain text: paragraphs joined by newlines, nothing read as markup. */
  text: string;
  /** The w14:paraId of its last paragraph, by which commentsExtended.xml threads it. */
  paragraphId: string | undefined;
}

export type WordCommentsResult =
  { ok: true; comments: WordComment[] } | { ok: false; message: string };

/** The comments of word/comments.xml in file order, stopping once there are more than `limit`. */
export function readWordComments(xml: string, limit: number): WordCommentsResult {
  const comments: WordComment[] = [];
  let current: (WordComment & { paragraphs: string[] }) | undefined;
  let paragraph: string[] | undefined;
  let inText = false;
  let tooMany = false;
  const problem = walkXml('word/comments.xml', xml, {
    open: (element) => {
      if (tooMany || element.uri !== wordNamespace) return;
      if (element.local === 'comment') {
        if (comments.length >= limit) {
          tooMany = true;
          return;
        }
        current = {
          id: element.attribute('id', wordNamespace) ?? '',
          author: element.attribute('author', wordNamespace) ?? '',
          date: element.attribute('date', wordNamespace) ?? '',
          text: '',
          paragraphId: undefined,
          paragraphs: [],
        };
      } else if (current !== undefined && element.local === 'p') {
        paragraph = [];
        current.paragraphId = element.attribute('paraId', word2010Namespace) ?? current.paragraphId;
      } else if (element.local === 't') inText = true;
      else if (element.local === 'tab') paragraph?.push('\t');
      else if (element.local === 'br') paragraph?.push('\n');
    },
    close: (element) => {
      if (tooMany || element.uri !== wordNamespace) return;
      if (element.local === 't') inText = false;
      else if (element.local === 'p' && current !== undefined && paragraph !== undefined) {
        current.paragraphs.push(paragraph.join(''));
        paragraph = undefined;
      } else if (element.local === 'comment' && current !== undefined) {
        const { paragraphs, ...comment } = current;
        comments.push({ ...comment, text: paragraphs.join('\n') });
        current = undefined;
      }
    },
    text: (text) => {
      if (inText && paragraph !== undefined) paragraph.push(text);
    },
  });
  if (problem !== undefined) return { ok: false, message: problem };
  if (tooMany)
    return {
      ok: false,
      message: `This file holds more than ${limit.toLocaleString('en')} comments, more than any review of one report.`,
    };
  return { ok: true, comments };
}

export interface CommentThreading {
  /** A reply's paragraph id → its parent's paragraph id. */
  parentOf: ReadonlyMap<string, string>;
  /** Paragraph ids of comments marked done (resolved). */
  done: ReadonlySet<string>;
}

/** Which comment answers which, and which are resolved, from word/commentsExtended.xml. */
export function readCommentThreading(xml: string | undefined): CommentThreading | string {
  const parentOf = new Map<string, string>();
  const done = new Set<string>();
  if (xml === undefined) return { parentOf, done };
  const problem = walkXml('word/commentsExtended.xml', xml, {
    open: (element) => {
      if (element.uri !== word2012Namespace || element.local !== 'commentEx') return;
      const paragraphId = element.attribute('paraId', word2012Namespace);
      if (paragraphId === undefined) return;
      const parent = element.attribute('paraIdParent', word2012Namespace);
      if (parent !== undefined) parentOf.set(paragraphId, parent);
      const isDone = element.attribute('done', word2012Namespace);
      if (isDone === '1' || isDone === 'true') done.add(paragraphId);
    },
    close: () => undefined,
    text: () => undefined,
  });
  return problem ?? { parentOf, done };
}
