import { maximumImportBytes } from '../restoreReport';

/** The fragment a share link carries: `r=` and the format version of what follows the dot. */
export const shareFragmentPrefix = 'r=1.';

/** Chromium refuses addresses longer than 2 MB, so no real share link is longer. */
export const maximumShareFragmentCharacters = 2 * 1024 * 1024;

/** What a share link may unpack to: the import cap, so a link holds no more than a file may. */
export const maximumSharedReportBytes = maximumImportBytes;

/** Slack splits addresses near 4 KB and mail clients cut them sooner. */
export const longShareLinkCharacters = 4000;
