import { formatNumber } from '@/model/numberInput';
import { fileNameOfPath } from './fileNameOfPath';
import { findingPrecedenceRank } from './findingPrecedenceRank';
import { importFieldSpec } from './importFieldSpec';
import type { ModelFieldFinding, ReportFieldFinding, RunFinding } from './runImportTypes';

function best<Found extends RunFinding>(found: readonly Found[]): Found | undefined {
  return found.reduce<Found | undefined>(
    (winner, finding) =>
      winner === undefined ||
      findingPrecedenceRank[finding.precedence] < findingPrecedenceRank[winner.precedence]
        ? finding
        : winner,
    undefined,
  );
}

const adamFields: ReadonlySet<ModelFieldFinding['field']> = new Set([
  'hyperparameters.adamBeta1',
  'hyperparameters.adamBeta2',
  'hyperparameters.adamEpsilon',
] as const);

function modelFindings(
  findings: readonly RunFinding[],
  field: ModelFieldFinding['field'],
): ModelFieldFinding[] {
  return findings.filter(
    (finding): finding is ModelFieldFinding =>
      finding.kind === 'model-field' && finding.field === field,
  );
}

/**
 * What only the files together show: an adapter_config.json says LoRA, but the model config or the
 * base model's name shows 4-bit weights, so the method is QLoRA; and the effective batch size needs
 * the per-device batch, the accumulation steps and the GPU count, often from three files; and
 * when max_steps bounded training, the epoch count trainer_state.json derived is dropped; and
 * Adam's β and ε are dropped when the optimizer is not an Adam variant; and GPU-hours are the
 * training time times the GPU count, when the files give both.
 */
export function combineRunFindings(findings: readonly RunFinding[]): {
  findings: RunFinding[];
  warnings: string[];
} {
  const warnings: string[] = [];
  const fourBit = modelFindings(findings, 'quantization.bits').find(
    (finding) => finding.value === 4,
  );
  let combined: RunFinding[] = [...findings];
  if (fourBit !== undefined) {
    let upgraded = 0;
    combined = combined.map((finding) => {
      if (finding.kind !== 'model-field' || finding.field !== 'method' || finding.value !== 'lora')
        return finding;
      upgraded += 1;
      return { ...finding, value: 'qlora', precedence: 'derived' };
    });
    if (upgraded > 0) {
      warnings.push(
        `Method set to QLoRA: ${fourBit.source.file} (${fourBit.source.key}) shows the base model was loaded in 4 bits.`,
      );
    }
  }

  // trainer_state.json always holds an epoch count, computed when max_steps bounded the run.
  const boundedBySteps = modelFindings(combined, 'hyperparameters.maxSteps').some(
    (finding) => finding.precedence === 'stated',
  );
  if (boundedBySteps) {
    combined = combined.filter(
      (finding) =>
        !(
          finding.kind === 'model-field' &&
          finding.field === 'hyperparameters.epochs' &&
          finding.precedence !== 'stated'
        ),
    );
  }

  // Configs hold the Adam settings whatever the optimizer; they describe only an Adam-family one.
  const optimizer = best(modelFindings(combined, 'hyperparameters.optimizer'));
  if (
    optimizer?.field === 'hyperparameters.optimizer' &&
    !/adam/iu.test(optimizer.value) &&
    combined.some((finding) => finding.kind === 'model-field' && adamFields.has(finding.field))
  ) {
    combined = combined.filter(
      (finding) => !(finding.kind === 'model-field' && adamFields.has(finding.field)),
    );
    warnings.push(
      `Adam β1, β2 and ε left out: the optimizer is ${optimizer.value} (${optimizer.source.file}), not an Adam variant.`,
    );
  }

  const batch = best(modelFindings(combined, 'hyperparameters.batchSize'));
  const accumulation = best(modelFindings(combined, 'hyperparameters.gradientAccumulation'));
  const gpus = best(
    combined.filter(
      (finding): finding is ReportFieldFinding =>
        finding.kind === 'report-field' && finding.field === 'setup.gpuCount',
    ),
  );
  const batchSize = batch?.field === 'hyperparameters.batchSize' ? batch.value : null;
  const steps =
    accumulation?.field === 'hyperparameters.gradientAccumulation' ? accumulation.value : 1;
  const gpuCount = gpus?.field === 'setup.gpuCount' ? gpus.value : null;
  if (
    batch !== undefined &&
    batchSize !== null &&
    (accumulation !== undefined || gpuCount !== null)
  ) {
    const perDevice = batchSize * steps;
    const value =
      gpuCount === null
        ? `${formatNumber(perDevice)} per GPU (${formatNumber(batchSize)} per device × ${formatNumber(steps)} accumulation steps); multiply by the number of GPUs`
        : `${formatNumber(perDevice * gpuCount)} (${formatNumber(batchSize)} per device × ${formatNumber(steps)} accumulation steps × ${formatNumber(gpuCount)} GPU${gpuCount === 1 ? '' : 's'})`;
    combined.push({
      kind: 'note',
      label: 'Effective batch size',
      value,
      source: batch.source,
      precedence: 'derived',
    });
  }
  const wallClock = best(modelFindings(combined, 'measured.wallClockHours'));
  if (
    wallClock?.field === 'measured.wallClockHours' &&
    gpus !== undefined &&
    gpuCount !== null &&
    gpuCount >= 1
  ) {
    const hours = formatNumber(wallClock.value);
    const gpuWord = gpuCount === 1 ? 'GPU' : 'GPUs';
    combined.push({
      kind: 'model-field',
      field: 'measured.gpuHours',
      value: Number((wallClock.value * gpuCount).toPrecision(4)),
      label: importFieldSpec('measured.gpuHours', 'model').label,
      source: wallClock.source,
      precedence: 'derived',
      detail: `${hours} h × ${formatNumber(gpuCount)} ${gpuWord}: the training time (${wallClock.source.key}, ${fileNameOfPath(wallClock.source.file)}) times the GPU count in ${fileNameOfPath(gpus.source.file)}, which lists the machine's GPUs; check that the run used them all.`,
    });
  }
  return { findings: combined, warnings };
}
