import { HeadingLevel } from 'docx';

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Word's heading style for an outline level (1 is Heading 1); deeper levels stay at Heading 6. */
export function docxHeadingLevel(level: number): (typeof headingLevels)[number] {
  const index = Math.min(headingLevels.length, Math.max(1, Math.floor(level))) - 1;
  return headingLevels[index] ?? HeadingLevel.HEADING_6;
}
