import '../configureZod';
import { z } from 'zod';
import { id, listWithUniqueIds, withDefault } from '../sections/fieldSchemas';

/** More threads than any review holds; an imported DOCX with more is refused before this. */
export const maximumCommentThreads = 2_000;
export const maximumRepliesPerThread = 200;
export const maximumCommentLength = 10_000;

const author = z.string().max(200);
/** An ISO 8601 time, as `Date.prototype.toISOString` writes it; kept as text so JSON round trips are exact. */
const isoTime = z.string().max(40);
/** Plain text: a comment is never read as markup or a link, wherever it came from. */
const body = z.string().max(maximumCommentLength);

export const commentReplySchema = z.object({ id, author, createdAt: isoTime, body });

/**
 * The part of a rich-text field a comment is on: the text quoted, and where it starts and ends in
 * the field's plain text (UTF-16 offsets), so the quote finds its place again after edits.
 */
export const commentRangeSchema = z.object({
  quote: z.string().max(maximumCommentLength),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const commentAnchorSchema = z.object({
  /** The field's stable path (`models.models#m1.architecture`), or a section id for the whole section. */
  path: z.string().min(1).max(1000),
  range: commentRangeSchema.optional(),
});

export const commentThreadSchema = z.object({
  id,
  anchor: commentAnchorSchema,
  author,
  createdAt: isoTime,
  body,
  replies: withDefault(z.array(commentReplySchema).max(maximumRepliesPerThread), () => []),
  resolved: withDefault(z.boolean(), () => false),
});

/** Thread ids are unique: replies and Resolve find their thread by id. */
export const commentThreadsSchema = listWithUniqueIds(commentThreadSchema, maximumCommentThreads);

export type CommentReply = z.infer<typeof commentReplySchema>;
export type CommentRange = z.infer<typeof commentRangeSchema>;
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;
export type CommentThread = z.infer<typeof commentThreadSchema>;
