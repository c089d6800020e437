import { useEffect, useId, useState } from 'react';
import { Dialog } from '@/components/Dialog';
import { DialogActions } from '@/components/DialogActions';
import { useDialogChoice } from '@/components/useDialogChoice';
import type { ModelCardChoices } from '@/export/describeModelCardChoices';
import type { Report } from '@/model/reportSchema';

export interface ModelCardExportRequest {
  modelId: string | undefined;
  withFigures: boolean;
}

/**
 * Before a Hugging Face model card is written: which model it describes, and what it will leave out
 * because the report lacks it, each naming its section and field.
 */
export default function ModelCardExportDialog({
  report,
  onExport,
  onCancel,
}: {
  /** A snapshot: the dialog is modal, so the report does not change under it. */
  report: Report;
  onExport: (request: ModelCardExportRequest) => void;
  onCancel: () => void;
}) {
  const { dialogRef, closeWith, onClose } = useDialogChoice(onCancel);
  const [pickedModelId, setPickedModelId] = useState<string | undefined>(undefined);
  const [choices, setChoices] = useState<ModelCardChoices | undefined>(undefined);
  const [withFigures, setWithFigures] = useState(false);
  const titleId = useId();
  const modelId = useId();
  const problemsId = useId();

  useEffect(() => {
    let current = true;
    // The card's rules load with the dialog, not with the page.
    void import('@/export/describeModelCardChoices').then((module) => {
      if (current) setChoices(module.describeModelCardChoices(report, pickedModelId));
    });
    return () => {
      current = false;
    };
  }, [report, pickedModelId]);

  return (
    <Dialog
      dialogRef={dialogRef}
      className="model-card-dialog"
      labelledBy={titleId}
      describedBy={problemsId}
      onClose={onClose}
    >
      <h2 id={titleId}>Export a Hugging Face model card</h2>
      <label className="field-label prompt-label" htmlFor={modelId}>
        Model
      </label>
      <select
        id={modelId}
        value={choices?.modelId ?? ''}
        disabled={choices === undefined || choices.models.length === 0}
        onChange={(event) => setPickedModelId(event.target.value)}
      >
        {(choices?.models ?? []).map((model) => (
          <option key={model.id} value={model.id}>
            {model.name}
          </option>
        ))}
      </select>
      <div id={problemsId} role="status">
        {choices === undefined ? (
          <p>Checking the report…</p>
        ) : choices.problems.length === 0 ? (
          <p>Nothing is missing: the card carries everything the Hub reads.</p>
        ) : (
          <>
            <p>
              The card leaves out what the report lacks. Fill these in for a complete card, or
              export it as it is:
            </p>
            <ul aria-label="What the model card leaves out">
              {choices.problems.map((problem, index) => (
                // Two datasets of the same name can give the same sentence.
                <li key={`${index} ${problem.message}`}>{problem.message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <label className="checkbox-label">
        <input
          type="checkbox"
          checked={withFigures}
          onChange={(event) => setWithFigures(event.target.checked)}
        />
        Include figures as SVG (.zip)
      </label>
      <DialogActions onCancel={() => closeWith(onCancel)}>
        <button
          type="button"
          className="toolbar-button primary"
          disabled={choices === undefined}
          onClick={() => closeWith(() => onExport({ modelId: choices?.modelId, withFigures }))}
        >
          Export model card
        </button>
      </DialogActions>
    </Dialog>
  );
}
