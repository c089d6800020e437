import { memo, useId, useRef, type ReactNode } from 'react';
import { formatNumber } from '@/model/numberInput';
import { plotKinds, type Plot } from '@/model/reportSchema';
import { plotKindDefinitions } from '@/plot/plotKindDefinitions';
import { useAppServices } from '@/context/AppContext';
import { AutofillScope } from '@/features/form/AutofillScope';
import { useFocusRequest } from '@/features/form/useFocusRequest';
import { PlotImage } from './PlotImage';
import { plotFieldPath } from './plotFieldPath';
import { usePlotModels } from './usePlotModels';
import { useResolvedPlot } from './useResolvedPlot';

type TextKey = 'title' | 'xLabel' | 'xUnit' | 'yLabel' | 'yUnit';

function PlotTextField({
  plotId,
  field,
  label,
  value,
  wide = false,
  readOnly = false,
}: {
  plotId: string;
  field: TextKey;
  label: string;
  value: string;
  wide?: boolean;
  readOnly?: boolean;
}) {
  const { session } = useAppServices();
  const id = useId();
  const path = plotFieldPath(plotId, field);
  const inputRef = useRef<HTMLInputElement>(null);
  useFocusRequest(path, inputRef);
  return (
    <div className={`plot-field${wide ? ' plot-field--wide' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        autoComplete="off"
        value={value}
        readOnly={readOnly}
        onChange={(event) => session.store.getState().setFieldValue(path, event.target.value)}
      />
    </div>
  );
}

/** Takes strings, not the plot, so React's spare fibers do not keep an old report's points alive. */
function FigureCaption({
  number,
  title: rawTitle,
  caption: rawCaption,
  kind,
}: {
  number: number;
  title: string;
  caption: string;
  kind: Plot['kind'];
}): ReactNode {
  const title = rawTitle.trim() === '' ? plotKindDefinitions[kind].label : rawTitle.trim();
  const caption = rawCaption.trim();
  return (
    <>
      <strong>
        Figure {number}: {title}
      </strong>
      {caption === '' ? null : ` ${caption}`}
    </>
  );
}

function seriesSummary(plot: Plot): string {
  const points = plot.series.reduce((total, series) => total + series.points.length, 0);
  const seriesText = plot.series.length === 1 ? '1 series' : `${plot.series.length} series`;
  const pointText = points === 1 ? '1 point' : `${formatNumber(points)} points`;
  return `${plotKindDefinitions[plot.kind].label} · ${seriesText} · ${pointText}`;
}

/** One stored plot: the figure as the exports show it, its texts and axes, and its place in the list. */
export const PlotCard = memo(function PlotCard({
  plotId,
  index,
  count,
}: {
  plotId: string;
  index: number;
  count: number;
}) {
  const { session } = useAppServices();
  const resolved = useResolvedPlot(plotId);
  const models = usePlotModels();
  const captionId = useId();
  const kindId = useId();
  const captionFieldId = useId();
  const logScaleHelpId = useId();
  const captionRef = useRef<HTMLTextAreaElement>(null);
  useFocusRequest(plotFieldPath(plotId, 'caption'), captionRef);
  if (resolved === undefined) return null;
  const { plot } = resolved;
  const derived = plot.derivation !== 'none';
  const { logScaleAxis, logScaleHelp } = plotKindDefinitions[plot.kind];
  const number = index + 1;
  const store = () => session.store.getState();
  return (
    <li className="plot-card">
      <div className="plot-card-header">
        <span className="plot-card-summary">
          {seriesSummary(plot)}
          {derived ? ' · drawn from the metric table and model cards, follows every edit' : ''}
        </span>
        <div className="list-item-actions">
          <button
            type="button"
            className="quiet-button"
            disabled={index === 0}
            onClick={() => store().moveListItem('results.plots', plotId, -1)}
            aria-label={`Move figure ${number} up`}
          >
            ↑
          </button>
          <button
            type="button"
            className="quiet-button"
            disabled={index === count - 1}
            onClick={() => store().moveListItem('results.plots', plotId, 1)}
            aria-label={`Move figure ${number} down`}
          >
            ↓
          </button>
          <button
            type="button"
            className="quiet-button danger"
            onClick={() => store().removeListItem('results.plots', plotId)}
            aria-label={`Remove figure ${number}`}
          >
            Remove
          </button>
        </div>
      </div>
      <figure className="plot-figure" aria-labelledby={captionId}>
        <PlotImage plot={plot} models={models} valueTexts={resolved.valueTexts} />
        <figcaption id={captionId}>
          <FigureCaption
            number={number}
            title={plot.title}
            caption={plot.caption}
            kind={plot.kind}
          />
        </figcaption>
      </figure>
      <AutofillScope className="plot-fields" groupLabel={`Figure ${number} settings`}>
        <PlotTextField plotId={plotId} field="title" label="Figure title" value={plot.title} wide />
        <div className="plot-field plot-field--wide">
          <label className="field-label" htmlFor={captionFieldId}>
            Caption
          </label>
          <textarea
            ref={captionRef}
            id={captionFieldId}
            rows={2}
            value={plot.caption}
            onChange={(event) =>
              store().setFieldValue(plotFieldPath(plotId, 'caption'), event.target.value)
            }
          />
        </div>
        <PlotTextField plotId={plotId} field="xLabel" label="X axis label" value={plot.xLabel} />
        <PlotTextField
          plotId={plotId}
          field="xUnit"
          label="X unit"
          value={plot.xUnit}
          readOnly={derived}
        />
        <PlotTextField plotId={plotId} field="yLabel" label="Y axis label" value={plot.yLabel} />
        <PlotTextField plotId={plotId} field="yUnit" label="Y unit" value={plot.yUnit} />
        <div className="plot-field">
          <label className="field-label" htmlFor={kindId}>
            Plot kind
          </label>
          <select
            id={kindId}
            value={plot.kind}
            onChange={(event) =>
              store().setFieldValue(plotFieldPath(plotId, 'kind'), event.target.value, {})
            }
          >
            {plotKinds.map((kind) => (
              <option key={kind} value={kind}>
                {plotKindDefinitions[kind].label}
              </option>
            ))}
          </select>
        </div>
        <div className="plot-field plot-field--checkbox">
          <label className="checkbox-label">
            <input
              type="checkbox"
              checked={plot.logScale && logScaleAxis !== 'none'}
              disabled={logScaleAxis === 'none'}
              aria-describedby={logScaleHelpId}
              onChange={(event) =>
                store().setFieldValue(plotFieldPath(plotId, 'logScale'), event.target.checked, {})
              }
            />
            Log scale
          </label>
          <p className="field-help" id={logScaleHelpId}>
            {logScaleHelp}
          </p>
        </div>
      </AutofillScope>
    </li>
  );
});
