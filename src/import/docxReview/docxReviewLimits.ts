/** A Word file larger than this is not a report sent out for review. */
export const maximumReviewFileBytes = 25 * 1024 * 1024;
/** One unpacked part (document.xml, comments.xml); checked on the declared size and while inflating. */
export const maximumReviewPartBytes = 40 * 1024 * 1024;
/** More comments than any review of one report; a file with more is refused as a whole. */
export const maximumReviewComments = 2_000;
/** Longer comments and authors are cut to what a thread holds. */
export const maximumImportedCommentLength = 10_000;
export const maximumImportedAuthorLength = 200;
