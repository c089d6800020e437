/* oxlint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role -- the
   table is drawn as HTML tables of role none, so their rows and cells state their roles. */
import {
  memo,
  useDeferredValue,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import { flushSync } from 'react-dom';
import { joinFieldPath, listItemSegment, type FieldPath } from '@/model/fieldPath';
import { modelDisplayName } from '@/model/modelSummary';
import { describeTypedNumber } from '@/model/describeTypedNumber';
import { applyNumberInput } from '@/model/applyNumberInput';
import { describeRefusedNumberInput } from '@/model/describeRefusedNumberInput';
import { metricReportsOnSplit } from '@/model/metricReportsOnSplit';
import { withoutOrphanedMetricResults } from '@/model/orphanedMetricResults';
import {
  resultAggregations,
  resultSplits,
  spreadKinds,
  type Metric,
  type MetricResult,
} from '@/model/reportSchema';
import { describeResultAggregation } from '@/plot/describeResultAggregation';
import { indexMetricResults, metricCellKey, summarizeMetricTable } from '@/plot/metricTableSummary';
import { useAppServices, useReportSelector, useUiSliceSelector } from '@/context/AppContext';
import type { ReportStore } from '@/store/reportStore';
import { issueId } from '@/features/form/FieldFrame';
import { AutofillScope } from '@/features/form/AutofillScope';
import { fieldElementId } from '@/features/form/fieldElementId';
import { useDraftText } from '@/features/form/useDraftText';
import { useReportId } from '@/features/form/useReportId';
import { useTypedNumber } from '@/features/form/useTypedNumber';
import { useFieldIssue } from '@/features/form/useFieldIssue';
import { useFocusRequest } from '@/features/form/useFocusRequest';
import { useTouchField } from '@/features/form/useTouchField';

type Split = MetricResult['split'];
type NumberKey = 'value' | 'spread' | 'runs';
type ChoiceKey = 'aggregation' | 'spreadKind';

const splitLabels: { readonly [Name in Split]: string } = {
  validation: 'Validation',
  test: 'Test',
};

const choiceOptions: {
  readonly [Key in ChoiceKey]: readonly { value: MetricResult[Key]; label: string }[];
} = {
  aggregation: resultAggregations.map((value) => ({
    value,
    label: value === 'single-run' ? 'single' : value,
  })),
  spreadKind: spreadKinds.map((value) => ({
    value,
    label: value === 'ci95' ? '95% CI' : 'std',
  })),
};

function resultId(modelId: string, metricId: string, split: Split): string {
  return `${modelId}-${metricId}-${split}`.slice(0, 64);
}

function findResult(
  results: readonly MetricResult[],
  modelId: string,
  metricId: string,
  split: Split,
): MetricResult | undefined {
  return indexMetricResults(results).get(metricCellKey(modelId, metricId, split));
}

function resultPath(id: string, field: keyof MetricResult): FieldPath {
  return joinFieldPath('results', listItemSegment('metricResults', id), field);
}

/** The id of a cell's result, creating an empty one on the cell's first edit; undefined if refused. */
function ensureResult(
  store: ReportStore,
  modelId: string,
  metricId: string,
  split: Split,
): string | undefined {
  const state = store.getState();
  const existing = findResult(
    state.document.report.results.metricResults,
    modelId,
    metricId,
    split,
  );
  if (existing !== undefined) return existing.id;
  const created: MetricResult = {
    id: resultId(modelId, metricId, split),
    modelId,
    metricId,
    split,
    value: null,
    spread: null,
    spreadKind: 'std',
    runs: null,
    aggregation: 'mean',
  };
  return state.addListItem('results.metricResults', created) ? created.id : undefined;
}

interface CellAddress {
  modelId: string;
  metricId: string;
  split: Split;
}

function useCellResult({ modelId, metricId, split }: CellAddress): MetricResult | undefined {
  return useReportSelector((state) =>
    findResult(state.document.report.results.metricResults, modelId, metricId, split),
  );
}

const ResultNumberInput = memo(function ResultNumberInput({
  address,
  field,
  label,
  placeholder,
  unit,
  describedBy,
}: {
  address: CellAddress;
  field: NumberKey;
  label: string;
  placeholder: string;
  /** The metric's unit, which the value and spread may be typed with ("99.3 %"). */
  unit: string;
  describedBy?: string;
}) {
  const { session } = useAppServices();
  const touchField = useTouchField();
  const result = useCellResult(address);
  const path = resultPath(
    result?.id ?? resultId(address.modelId, address.metricId, address.split),
    field,
  );
  const typed = useTypedNumber(path);
  const reportId = useReportId();
  const issue = useFieldIssue(path);
  const inputRef = useRef<HTMLInputElement>(null);
  useFocusRequest(path, inputRef);
  const shown = describeTypedNumber(typed, result?.[field] ?? null, unit);
  const { change, flush, refuse } = useDraftText(
    inputRef,
    shown,
    (text, { typedMillisecondsAgo }) => {
      // Text left in a cell when another report opens belongs to the report it was typed in.
      if (session.store.getState().document.report.id !== reportId) return;
      const id = ensureResult(session.store, address.modelId, address.metricId, address.split);
      if (id === undefined) return;
      const cellPath = resultPath(id, field);
      session.store.getState().updateReport((report) => applyNumberInput(report, cellPath, text), {
        coalesceKey: cellPath,
        typedMillisecondsAgo,
      });
    },
  );
  // Text the cell does not take is said at once instead of vanishing at the next pause.
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const descriptions = [
    refusal === undefined ? '' : `${fieldElementId(path)}-refused`,
    issue === undefined ? '' : issueId(fieldElementId(path)),
    describedBy ?? '',
  ]
    .filter((part) => part !== '')
    .join(' ');
  // The frame holds the input and, when flagged, a marker on its corner and the message that
  // shows under it on focus or hover: in the line, a message pushed ± and spread onto 5–9 lines.
  return (
    <span
      className={`metric-input-frame${refusal === undefined && issue === undefined ? '' : ' metric-input-frame--flagged'}`}
    >
      <input
        ref={inputRef}
        id={fieldElementId(path)}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className={`metric-input metric-input--${field}`}
        aria-label={label}
        aria-describedby={descriptions === '' ? undefined : descriptions}
        aria-invalid={issue?.severity === 'error' || refusal !== undefined ? true : undefined}
        defaultValue={shown}
        placeholder={placeholder}
        onChange={(event) => {
          const refused = describeRefusedNumberInput(label, event.target.value);
          setRefusal(refused);
          if (refused === undefined) change(event.target.value);
          else refuse();
        }}
        onBlur={() => {
          flush();
          touchField(path);
        }}
      />
      {refusal === undefined ? null : (
        <span
          className="metric-issue field-issue--error"
          id={`${fieldElementId(path)}-refused`}
          role="alert"
        >
          {refusal}
        </span>
      )}
      {issue === undefined || refusal !== undefined ? null : (
        <>
          <span
            className={`metric-issue-marker metric-issue-marker--${issue.severity}`}
            aria-hidden="true"
          >
            !
          </span>
          <span
            className={`metric-issue field-issue--${issue.severity}`}
            id={issueId(fieldElementId(path))}
          >
            {issue.message}
          </span>
        </>
      )}
    </span>
  );
});

const ResultChoice = memo(function ResultChoice<Key extends ChoiceKey>({
  address,
  field,
  label,
}: {
  address: CellAddress;
  field: Key;
  label: string;
}) {
  const { session } = useAppServices();
  const result = useCellResult(address);
  const value = result?.[field] ?? choiceOptions[field][0]?.value ?? '';
  return (
    <select
      className={`metric-choice metric-choice--${field}`}
      aria-label={label}
      value={value}
      onChange={(event) => {
        const id = ensureResult(session.store, address.modelId, address.metricId, address.split);
        if (id !== undefined)
          session.store.getState().setFieldValue(resultPath(id, field), event.target.value, {});
      }}
    >
      {choiceOptions[field].map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
});

const detailFields = ['runs', 'aggregation', 'spreadKind'] as const;

/** A cell shows its runs, aggregation and spread controls when Next issue points at one or runs is flagged. */
function useCellDetailsWanted(address: CellAddress, result: MetricResult | undefined): boolean {
  const id = result?.id ?? resultId(address.modelId, address.metricId, address.split);
  const requested = useUiSliceSelector(['focusRequest'], (state) =>
    detailFields.some((field) => state.focusRequest?.path === resultPath(id, field)),
  );
  const runsIssue = useFieldIssue(resultPath(id, 'runs'));
  return requested || runsIssue !== undefined;
}

/**
 * Runs, aggregation and spread kind as text until the cell is edited: a large table keeps a few
 * hundred inputs instead of 1,200 controls (its first layout took 220 ms, typing repainted them all),
 * and the values stay readable. Focusing the cell (Tab, or a click) turns the text into controls in
 * the same place. The text is hidden from screen readers: they hear runs and aggregation as the
 * value's description and reach the controls with Tab.
 */
function CellDetailsSummary({
  address,
  result,
  onOpen,
}: {
  address: CellAddress;
  result: MetricResult | undefined;
  onOpen: () => void;
}) {
  const id = result?.id ?? resultId(address.modelId, address.metricId, address.split);
  const typedRuns = useReportSelector(
    (state) => state.document.report.typedNumbers[resultPath(id, 'runs')],
  );
  const runs = describeTypedNumber(typedRuns, result?.runs ?? null);
  const aggregation = result?.aggregation ?? choiceOptions.aggregation[0]?.value;
  const spreadKind = result?.spreadKind ?? choiceOptions.spreadKind[0]?.value;
  const words = [
    `n ${runs === '' ? '–' : runs}`,
    choiceOptions.aggregation.find((option) => option.value === aggregation)?.label ?? '',
    choiceOptions.spreadKind.find((option) => option.value === spreadKind)?.label ?? '',
  ];
  return (
    <div
      className="metric-cell-line metric-cell-details metric-cell-summary"
      aria-hidden="true"
      onMouseDown={(event) => {
        // A click on the text opens the controls with runs focused, as a click on a field would.
        event.preventDefault();
        onOpen();
      }}
    >
      {words.join(' · ')}
    </div>
  );
}

const MetricCell = memo(function MetricCell({
  modelId,
  metricId,
  split,
  modelName,
  metricName,
  unit,
  best,
}: CellAddress & { modelName: string; metricName: string; unit: string; best: boolean }) {
  const address = useMemo(() => ({ modelId, metricId, split }), [modelId, metricId, split]);
  const result = useCellResult(address);
  const badgeId = useId();
  const aggregationId = useId();
  const label = `${metricName} (${split}) for ${modelName}`;
  const hasValue = result !== undefined && result.value !== null;
  const spreadWord = result?.spreadKind === 'ci95' ? 'CI' : 'std';
  const [focused, setFocused] = useState(false);
  const showDetails = useCellDetailsWanted(address, result) || focused;
  const cellRef = useRef<HTMLTableCellElement>(null);
  return (
    <td
      ref={cellRef}
      role="cell"
      className={`metric-cell${best ? ' metric-cell--best' : ''}`}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      <AutofillScope className="metric-cell-form">
        <div className="metric-cell-line">
          <ResultNumberInput
            address={address}
            field="value"
            label={label}
            placeholder="value"
            unit={unit}
            describedBy={[best ? badgeId : '', hasValue ? aggregationId : ''].join(' ').trim()}
          />
          <span className="metric-affix" aria-hidden="true">
            ±
          </span>
          <ResultNumberInput
            address={address}
            field="spread"
            label={`± ${label}`}
            placeholder={spreadWord}
            unit={unit}
          />
          {best ? (
            <span className="best-badge" id={badgeId}>
              best
              <span className="visually-hidden">
                {' '}
                {metricName} on {split} among the models
              </span>
            </span>
          ) : null}
        </div>
        {showDetails ? (
          <div className="metric-cell-line metric-cell-details">
            <span className="metric-affix metric-affix--runs" aria-hidden="true">
              n
            </span>
            <ResultNumberInput
              address={address}
              field="runs"
              label={`Runs behind ${label}`}
              placeholder="–"
              unit=""
            />
            <ResultChoice address={address} field="aggregation" label={`Aggregation of ${label}`} />
            <ResultChoice address={address} field="spreadKind" label={`Spread of ${label}`} />
          </div>
        ) : (
          <CellDetailsSummary
            address={address}
            result={result}
            onOpen={() => {
              flushSync(() => setFocused(true));
              cellRef.current?.querySelector<HTMLInputElement>('.metric-input--runs')?.focus();
            }}
          />
        )}
        {hasValue ? (
          <span className="visually-hidden" id={aggregationId}>
            {describeResultAggregation(result)}
          </span>
        ) : null}
      </AutofillScope>
    </td>
  );
});

/** Values of removed models or metrics: the table cannot show them, so they can be removed here. */
function OrphanedResultsNotice() {
  const { session } = useAppServices();
  const orphanedCount = useReportSelector(
    (state) => summarizeMetricTable(state.document.report).orphanedValueCount,
  );
  if (orphanedCount === 0) return null;
  return (
    <div className="metric-orphans" role="note">
      <p>
        {orphanedCount === 1
          ? '1 value in the metric table belongs to a model or metric that is no longer defined.'
          : `${orphanedCount} values in the metric table belong to models or metrics that are no longer defined.`}{' '}
        Define the model or metric again to see {orphanedCount === 1 ? 'it' : 'them'}, or remove{' '}
        {orphanedCount === 1 ? 'it' : 'them'} (Undo brings {orphanedCount === 1 ? 'it' : 'them'}{' '}
        back).
      </p>
      <button
        type="button"
        className="quiet-button"
        onClick={() => session.store.getState().updateReport(withoutOrphanedMetricResults)}
      >
        Remove values of removed models and metrics
      </button>
    </div>
  );
}

function splitEntry(entry: string): [string, string] {
  const [id = '', name = ''] = entry.split('\n');
  return [id, name];
}

interface MetricColumn {
  id: string;
  name: string;
  direction: 'higher' | 'lower';
  unit: string;
  reportedOn: Metric['reportedOn'];
}

function metricEntry(metric: Metric, index: number): string {
  const name = metric.name.trim() === '' ? `Metric ${index + 1}` : metric.name.trim();
  // One line per part: a unit imported with a line break must not shift the parts.
  const unit = metric.unit.trim().replace(/\s+/gu, ' ').replaceAll('\u0000', ' ');
  return [
    metric.id,
    name,
    metric.higherIsBetter ? 'higher' : 'lower',
    unit,
    metric.reportedOn,
  ].join('\n');
}

function parseMetricEntry(entry: string): MetricColumn {
  const [id = '', name = '', direction = '', unit = '', reportedOn = ''] = entry.split('\n');
  return {
    id,
    name,
    direction: direction === 'lower' ? 'lower' : 'higher',
    unit,
    reportedOn: reportedOn === 'validation' || reportedOn === 'test' ? reportedOn : 'both',
  };
}

/** A cell of a split its metric is not reported on: nothing to type, and said so to screen readers. */
function NotReportedCell({ metricName, split }: { metricName: string; split: Split }) {
  return (
    <td role="cell" className="metric-cell metric-cell--not-reported">
      <span aria-hidden="true" title={`${metricName} is not reported on ${split}`}>
        —
      </span>
      <span className="visually-hidden">
        {metricName} is not reported on {split}
      </span>
    </td>
  );
}

/** The same fixed widths in every part of the table, so the parts line up as one table. */
function MetricTableColumns({ metricCount }: { metricCount: number }) {
  return (
    <colgroup>
      <col className="metric-column-model" />
      <col className="metric-column-split" />
      {Array.from({ length: metricCount }, (_, index) => (
        <col key={index} className="metric-column-value" />
      ))}
    </colgroup>
  );
}

/**
 * The models whose rows are made with the section; the others follow in a later, interruptible
 * render, so opening a report with a long table does not hold the page in one long task.
 */
const modelsShownFirst = 6;

/**
 * The model × metric table: a row per model and split (validation right above test), a column
 * per metric, each cell its value ± spread, runs, aggregation and spread kind. The best value of
 * each metric and split is marked, in text as well as colour. Models and metrics are the ones
 * defined elsewhere in the report, so renaming or removing one changes the table.
 *
 * It is one table to assistive technology, drawn as a table per model: a key typed in a cell lays
 * out that model's rows only, and models out of view are neither laid out nor painted. In one
 * HTML table of 20 models, each key cost Chrome a layout and paint of all 480 inputs.
 */
export default function MetricTableEditor() {
  const models = useReportSelector((state) =>
    state.document.report.models.models
      .map((model, index) => `${model.id}\n${modelDisplayName(model, index)}`)
      .join('\u0000'),
  );
  const metrics = useReportSelector((state) =>
    state.document.report.problem.metrics.map(metricEntry).join('\u0000'),
  );
  // The table re-renders when a best mark or the legend changes, not on every key typed in a cell.
  const bestCells = useReportSelector(
    (state) => summarizeMetricTable(state.document.report).bestCells,
  );
  const common = useReportSelector(
    (state) => summarizeMetricTable(state.document.report).commonAggregation,
  );
  const unreportedCells = useReportSelector(
    (state) => summarizeMetricTable(state.document.report).unreportedCells,
  );
  const best = useMemo(() => new Set(bestCells.split('\n')), [bestCells]);
  const unreported = useMemo(() => new Set(unreportedCells.split('\n')), [unreportedCells]);
  const modelEntries = models === '' ? [] : models.split('\u0000').map(splitEntry);
  const metricEntries = metrics === '' ? [] : metrics.split('\u0000').map(parseMetricEntry);
  const shownModelCount = useDeferredValue(
    modelEntries.length,
    Math.min(modelEntries.length, modelsShownFirst),
  );
  // A split a metric is not reported on has no cell, unless it holds a value to fix.
  const cellShown = (modelId: string, metric: MetricColumn, split: Split): boolean =>
    metricReportsOnSplit(metric, split) || unreported.has(metricCellKey(modelId, metric.id, split));

  if (modelEntries.length === 0 || metricEntries.length === 0) {
    return (
      <div className="field-group">
        <h3 className="list-field-title">Metric table</h3>
        <p className="list-empty">
          Add models (Models and approach) and metrics (Problem definition) to fill the metric
          table.
        </p>
        <OrphanedResultsNotice />
      </div>
    );
  }
  return (
    <div className="field-group">
      <h3 className="list-field-title">Metric table</h3>
      <p className="field-help">
        One value per model, metric and split, with ± its spread, the number of runs behind it and
        how they were combined. Validation sits right above test for each model; a metric reported
        on one split only has no cell on the other. A value may be typed with its metric&apos;s
        unit.
      </p>
      <div className="table-scroll">
        <div
          role="table"
          aria-label="Metric table"
          className="metric-table"
          style={{ '--metric-columns': metricEntries.length } as CSSProperties}
        >
          <table role="none" className="data-table metric-table-part metric-table-head">
            <MetricTableColumns metricCount={metricEntries.length} />
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader">Model</th>
                <th role="columnheader">Split</th>
                {metricEntries.map(({ id: metricId, name, direction, unit }) => (
                  <th key={metricId} role="columnheader">
                    {name}
                    {unit === '' ? '' : ` (${unit})`}{' '}
                    <span aria-hidden="true" title={`${direction} is better`}>
                      {direction === 'higher' ? '↑' : '↓'}
                    </span>
                    <span className="visually-hidden"> ({direction} is better)</span>
                  </th>
                ))}
              </tr>
            </thead>
          </table>
          {modelEntries.slice(0, shownModelCount).map(([modelId, modelName]) => {
            const splits = resultSplits.filter((split) =>
              metricEntries.some((metric) => cellShown(modelId, metric, split)),
            );
            return (
              <div key={modelId} role="rowgroup" className="metric-model-group">
                <table role="none" className="data-table metric-table-part">
                  <MetricTableColumns metricCount={metricEntries.length} />
                  <tbody role="none" className="metric-model-rows">
                    {splits.map((split, splitIndex) => (
                      <tr key={split} role="row">
                        {splitIndex === 0 ? (
                          <th
                            role="rowheader"
                            className="metric-model"
                            rowSpan={splits.length}
                            aria-rowspan={splits.length}
                          >
                            {modelName}
                          </th>
                        ) : null}
                        <th role="rowheader" className="metric-split">
                          {splitLabels[split]}
                        </th>
                        {metricEntries.map((metric) =>
                          cellShown(modelId, metric, split) ? (
                            <MetricCell
                              key={metric.id}
                              modelId={modelId}
                              metricId={metric.id}
                              split={split}
                              modelName={modelName}
                              metricName={metric.name}
                              unit={metric.unit}
                              best={best.has(metricCellKey(modelId, metric.id, split))}
                            />
                          ) : (
                            <NotReportedCell
                              key={metric.id}
                              metricName={metric.name}
                              split={split}
                            />
                          ),
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          })}
        </div>
      </div>
      <OrphanedResultsNotice />
      <p className="field-help metric-table-legend">
        {common === '' ? '' : `${common} `}n is the number of runs behind a value.{' '}
        <span className="best-badge best-badge--legend">best</span> marks the best value of each
        metric and split: ↑ higher is better, ↓ lower is better.
      </p>
    </div>
  );
}
