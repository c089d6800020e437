import type { FieldDifference, ReportDifference, TextSegment } from './reportDifference';

/** Unchanged text kept around a change in Markdown, in characters on each side. */
const contextCharacters = 60;

function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~#]/gu, (character) => `\\${character}`)
    .replace(/\s*\n\s*/gu, ' ');
}

function shown(text: string): string {
  return text.trim() === '' ? '(empty)' : `“${escapeInline(text)}”`;
}

function shortenSame(text: string, isFirst: boolean, isLast: boolean): string {
  const flat = text.replace(/\s*\n\s*/gu, ' ');
  if (flat.length <= contextCharacters * 2) return flat;
  if (isFirst) return `…${flat.slice(-contextCharacters)}`;
  if (isLast) return `${flat.slice(0, contextCharacters)}…`;
  return `${flat.slice(0, contextCharacters)} … ${flat.slice(-contextCharacters)}`;
}

function writeSegments(segments: readonly TextSegment[]): string {
  return segments
    .map((segment, index) => {
      if (segment.kind === 'deleted') return `~~${escapeInline(segment.text.trim())}~~`;
      if (segment.kind === 'inserted') return `**${escapeInline(segment.text.trim())}**`;
      return escapeInline(shortenSame(segment.text, index === 0, index === segments.length - 1));
    })
    .filter((part) => part !== '~~~~' && part !== '****')
    .join(' ')
    .replace(/ {2,}/gu, ' ');
}

function writeDifference(difference: FieldDifference): string {
  const place = escapeInline(difference.place.join(' › '));
  switch (difference.kind) {
    case 'value':
      return `- **${place}**: ${shown(difference.before)} → ${shown(difference.after)}`;
    case 'richText':
      return `- **${place}**: ${writeSegments(difference.segments)}`;
    case 'item':
      return `- **${place}**: ${difference.change} “${escapeInline(difference.name)}”`;
    case 'figure': {
      const summary =
        difference.change === 'added'
          ? escapeInline(difference.after)
          : difference.change === 'removed'
            ? escapeInline(difference.before)
            : [escapeInline(difference.after), ...difference.details.map(escapeInline)].join('; ');
      return `- **${place}**: ${difference.change} — ${summary}`;
    }
  }
}

/**
 * The difference as a Markdown change note, "Changes since <version>": a heading per section,
 * a bullet per change, deleted words struck through and inserted ones in bold.
 */
export function writeDifferenceMarkdown(difference: ReportDifference, sinceName: string): string {
  const lines = [`## Changes since ${escapeInline(sinceName)}`, ''];
  if (difference.count === 0) lines.push('No changes.', '');
  for (const section of difference.sections) {
    lines.push(`### ${section.number}. ${section.title}`, '');
    for (const item of section.differences) lines.push(writeDifference(item));
    lines.push('');
  }
  return lines.join('\n');
}
