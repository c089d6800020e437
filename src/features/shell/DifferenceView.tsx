import { Fragment } from 'react';
import { downloadText } from '@/platform/downloadText';
import { diffReports } from '@/model/versionDiff/diffReports';
import type { FieldDifference, TextSegment } from '@/model/versionDiff/reportDifference';
import { writeDifferenceMarkdown } from '@/model/versionDiff/writeDifferenceMarkdown';
import type { Report } from '@/model/reportSchema';

export interface ComparedVersion {
  name: string;
  report: Report;
}

function Segments({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <span className="difference-text">
      {segments.map((segment, index) =>
        segment.kind === 'same' ? (
          <Fragment key={index}>{segment.text}</Fragment>
        ) : segment.kind === 'deleted' ? (
          <del key={index}>{segment.text}</del>
        ) : (
          <ins key={index}>{segment.text}</ins>
        ),
      )}
    </span>
  );
}

function Empty() {
  return <span className="difference-empty">(empty)</span>;
}

function Cells({ difference }: { difference: FieldDifference }) {
  switch (difference.kind) {
    case 'value':
      return (
        <>
          <td>{difference.before === '' ? <Empty /> : <del>{difference.before}</del>}</td>
          <td>{difference.after === '' ? <Empty /> : <ins>{difference.after}</ins>}</td>
        </>
      );
    case 'richText':
      return (
        <td colSpan={2}>
          <Segments segments={difference.segments} />
        </td>
      );
    case 'item':
      return difference.change === 'removed' ? (
        <>
          <td>
            <del>{difference.name}</del>
          </td>
          <td>Removed</td>
        </>
      ) : (
        <>
          <td>{difference.change === 'moved' ? difference.name : <Empty />}</td>
          <td>
            {difference.change === 'moved' ? 'Moved: ' : 'Added: '}
            <ins>{difference.name}</ins>
          </td>
        </>
      );
    case 'figure':
      return (
        <>
          <td>{difference.before === '' ? <Empty /> : difference.before}</td>
          <td>
            {difference.after === '' ? 'Removed' : difference.after}
            {difference.details.length === 0 ? null : (
              <ul className="difference-details">
                {difference.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </td>
        </>
      );
  }
}

/** Two versions side by side, by section and field label; the change note as Markdown. */
export default function DifferenceView({
  from,
  to,
}: {
  from: ComparedVersion;
  to: ComparedVersion;
}) {
  const difference = diffReports(from.report, to.report);
  return (
    <section className="difference-view" aria-label="Differences">
      <div className="difference-header">
        <p role="status">
          {difference.count === 0
            ? `No differences between “${from.name}” and “${to.name}”.`
            : `${difference.count === 1 ? '1 difference' : `${difference.count} differences`} from “${from.name}” to “${to.name}”.`}
        </p>
        <button
          type="button"
          className="toolbar-button"
          onClick={() =>
            downloadText(
              writeDifferenceMarkdown(difference, from.name),
              `changes-since-${from.name.replace(/[^\w.-]+/gu, '-')}.md`,
              'text/markdown',
            )
          }
        >
          Download changes (.md)
        </button>
      </div>
      {difference.sections.map((section) => (
        <table key={section.sectionId} className="difference-table">
          <caption>
            {section.number}. {section.title}
          </caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">{from.name}</th>
              <th scope="col">{to.name}</th>
            </tr>
          </thead>
          <tbody>
            {section.differences.map((item, index) => (
              <tr key={index}>
                <th scope="row">{item.place.join(' › ')}</th>
                <Cells difference={item} />
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
