import type { CommentAnchor } from '@/model/comments/commentThreadSchema';
import type { FieldPath } from '@/model/fieldPath';
import type { SectionId } from '@/model/sectionRegistry';

export interface ReviewReply {
  author: string;
  /** ISO 8601, or '' when the file gives no time. */
  createdAt: string;
  /** Plain text, shown as text and never as markup or links. */
  body: string;
}

export interface ReviewThread extends ReviewReply {
  anchor: CommentAnchor;
  sectionId: SectionId;
  /** True when the comment was on a field that the report still has; false when it lands on its section. */
  onField: boolean;
  replies: ReviewReply[];
  resolved: boolean;
}

/** A field's tracked insertions and deletions, as the text before and after them. */
export interface ReviewSuggestion {
  path: FieldPath;
  sectionId: SectionId;
  before: string;
  after: string;
}

export interface DocxReview {
  /** False for a Word file the app did not write: its comments land on the Appendix. */
  fromApp: boolean;
  threads: ReviewThread[];
  suggestions: ReviewSuggestion[];
  /** Tracked changes in fields the report no longer has. */
  suggestionsWithoutField: number;
}

export type DocxReviewResult =
  ({ ok: true } & DocxReview) | { ok: false; message: string; details: string[] };
