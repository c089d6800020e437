import type { ReactNode } from 'react';
import { fieldSpecEntries, isFieldShown, type AnyFieldSpec } from '@/model/fieldSpec';
import { formatNumber } from '@/model/numberInput';
import { deriveModelSummary, modelDisplayName, modelSummaryColumns } from '@/model/modelSummary';
import { isRichTextEmpty, type RichText } from '@/model/richText';
import type { Report } from '@/model/reportSchema';
import { reproducibilityChecklist } from '@/model/reproducibilityChecklist';
import { sectionRegistry, type SectionId } from '@/model/sectionRegistry';
import { useReportSelector } from '@/app/AppContext';
import { RichTextView } from '@/features/richText/RichTextView';

function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && (value as { type?: unknown }).type === 'doc')
    return isRichTextEmpty(value as RichText);
  return false;
}

function renderValue(
  spec: AnyFieldSpec,
  value: unknown,
  key: string,
  report: Report,
  depth: number,
): ReactNode {
  if (!isFieldShown(spec, value) && spec.kind !== 'group' && spec.kind !== 'list') return null;
  switch (spec.kind) {
    case 'text':
    case 'longText':
    case 'date':
    case 'email':
    case 'url':
      return isEmptyValue(value) ? null : (
        <p key={key} className="preview-field">
          <strong>{spec.label}:</strong> {String(value)}
        </p>
      );
    case 'number':
      return typeof value === 'number' ? (
        <p key={key} className="preview-field">
          <strong>{spec.label}:</strong> {formatNumber(value)}
          {spec.unit === undefined ? '' : ` ${spec.unit}`}
        </p>
      ) : null;
    case 'select':
      return (
        <p key={key} className="preview-field">
          <strong>{spec.label}:</strong>{' '}
          {spec.options.find((option) => option.value === value)?.label ?? String(value)}
        </p>
      );
    case 'checkbox':
      return (
        <p key={key} className="preview-field">
          <strong>{spec.label}:</strong> {value === true ? 'yes' : 'no'}
        </p>
      );
    case 'richText':
      return isEmptyValue(value) ? null : (
        <div key={key} className="preview-rich">
          <p className="preview-label">{spec.label}</p>
          <RichTextView value={value as RichText} sectionDepth={depth + 1} />
        </div>
      );
    case 'group':
      return (
        <div key={key} className="preview-group">
          <p className="preview-label">{spec.label}</p>
          {renderFields(spec.fields, value, report, depth)}
        </div>
      );
    case 'list': {
      const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
      if (items.length === 0) return null;
      const Heading = `h${Math.min(6, depth + 1)}` as 'h3';
      return (
        <div key={key} className="preview-list">
          <Heading>{spec.label}</Heading>
          {items.map((item, index) => {
            const title = item[spec.itemTitleKey];
            const ItemHeading = `h${Math.min(6, depth + 2)}` as 'h4';
            return (
              <div key={String(item['id'])} className="preview-list-item">
                <ItemHeading>
                  {typeof title === 'string' && title !== ''
                    ? title
                    : `${spec.itemLabel} ${index + 1}`}
                </ItemHeading>
                {renderFields(spec.fields, item, report, depth + 1)}
              </div>
            );
          })}
        </div>
      );
    }
    case 'custom':
      return null;
  }
}

function renderFields(specs: object, owner: unknown, report: Report, depth: number): ReactNode[] {
  const record = (owner ?? {}) as Record<string, unknown>;
  return fieldSpecEntries(specs)
    .filter(([, spec]) => isFieldShown(spec, owner))
    .map(([key, spec]) => renderValue(spec, record[key], key, report, depth));
}

const sectionExtras: { [Id in SectionId]: (report: Report) => ReactNode } = {
  titlePage: () => null,
  abstract: () => null,
  background: (report) => {
    const cited = report.appendix.references.filter((reference) =>
      report.background.relatedReferenceIds.includes(reference.id),
    );
    return cited.length === 0 ? null : (
      <p className="preview-field">
        <strong>Cited references:</strong> {cited.map((reference) => reference.title).join('; ')}
      </p>
    );
  },
  problem: () => null,
  models: (report) => {
    const rows = deriveModelSummary(report);
    return rows.length === 0 ? null : (
      <table className="data-table">
        <thead>
          <tr>
            {modelSummaryColumns.map((column) => (
              <th key={column.key}>{column.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.modelId}>
              {modelSummaryColumns.map((column) => (
                <td key={column.key}>{row[column.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  },
  setup: () => null,
  results: (report) => {
    const { metrics } = report.problem;
    const results = report.results.metricResults;
    if (results.length === 0) return null;
    return (
      <table className="data-table">
        <thead>
          <tr>
            <th>Model</th>
            <th>Split</th>
            {metrics.map((metric) => (
              <th key={metric.id}>{metric.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.models.models.flatMap((model, index) =>
            (['validation', 'test'] as const).map((split) => (
              <tr key={`${model.id}-${split}`}>
                <td>{modelDisplayName(model, index)}</td>
                <td>{split}</td>
                {metrics.map((metric) => {
                  const result = results.find(
                    (entry) =>
                      entry.modelId === model.id &&
                      entry.metricId === metric.id &&
                      entry.split === split,
                  );
                  return (
                    <td key={metric.id} className="numeric">
                      {result?.value === null || result === undefined
                        ? ''
                        : formatNumber(result.value)}
                      {result?.spread === null || result === undefined
                        ? ''
                        : ` ± ${formatNumber(result.spread)}`}
                    </td>
                  );
                })}
              </tr>
            )),
          )}
        </tbody>
      </table>
    );
  },
  conclusion: (report) => {
    const best = report.models.models.find((model) => model.id === report.conclusion.bestModelId);
    return best === undefined ? null : (
      <p className="preview-field">
        <strong>Best model:</strong> {best.name}
      </p>
    );
  },
  appendix: (report) => {
    const answered = reproducibilityChecklist.filter(
      (item) => report.appendix.checklist[item.id]?.answer,
    );
    return answered.length === 0 ? null : (
      <ul>
        {answered.map((item) => (
          <li key={item.id}>
            {item.question} — <strong>{report.appendix.checklist[item.id]?.answer}</strong>{' '}
            {report.appendix.checklist[item.id]?.justification}
          </li>
        ))}
      </ul>
    );
  },
};

/** The rendered report, walked from the same registry the exporters use. */
export default function ReportPreview() {
  const report = useReportSelector((state) => state.document.report);
  return (
    <aside className="preview" aria-label="Preview">
      <h1 className="preview-title">
        {report.titlePage.title === '' ? 'Untitled report' : report.titlePage.title}
      </h1>
      {report.titlePage.subtitle === '' ? null : (
        <p className="preview-subtitle">{report.titlePage.subtitle}</p>
      )}
      {sectionRegistry.map((section) => (
        <section key={section.id}>
          <h2>
            {section.number}. {section.title}
          </h2>
          {sectionExtras[section.id](report)}
          {renderFields(section.fields, report[section.id], report, 2)}
        </section>
      ))}
    </aside>
  );
}
