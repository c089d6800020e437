import { formatDuration } from './formatDuration';
import { isRecord } from '@/model/isRecord';
import { readFiniteNumber } from './readFiniteNumber';
import type { RunFileReader } from './runFileReader';

const statuses: Readonly<Record<number, string>> = {
  1: 'running (or ended without reporting)',
  2: 'scheduled',
  3: 'finished',
  4: 'failed',
  5: 'killed',
};

/** An MLflow file store's meta.yaml, of a run (run_uuid, status, times) or of an experiment. */
export const mlflowMetaReader: RunFileReader = {
  container: 'yaml',
  format: 'mlflow-meta',
  matches: (value) =>
    isRecord(value) &&
    ('run_uuid' in value ||
      'run_id' in value ||
      'artifact_uri' in value ||
      ('experiment_id' in value && 'artifact_location' in value)),
  read(value, context) {
    if (!isRecord(value)) return;
    const isRun = 'run_uuid' in value || 'run_id' in value || 'artifact_uri' in value;
    const name =
      typeof value['name'] === 'string'
        ? value['name']
        : typeof value['run_name'] === 'string'
          ? value['run_name']
          : '';
    if (isRun) {
      if (name !== '') context.note('Run name', name, 'run_name');
      const runId = value['run_id'] ?? value['run_uuid'];
      if (typeof runId === 'string') context.note('MLflow run id', runId, 'run_id');
      const status = readFiniteNumber(value['status']);
      const statusText = status === null ? undefined : statuses[status];
      if (statusText !== undefined) context.note('Run status', statusText, 'status');
      const start = readFiniteNumber(value['start_time']);
      const end = readFiniteNumber(value['end_time']);
      if (start !== null && end !== null && end >= start) {
        context.note('Run time', formatDuration((end - start) / 1000), 'start_time, end_time');
      }
      const version = value['source_version'];
      if (typeof version === 'string' && /^[0-9a-f]{40}$/iu.test(version)) {
        context.reportField('setup.commitHash', version, 'source_version');
      }
    } else if (name !== '') {
      context.note('MLflow experiment', name, 'name');
    }
    context.loggingTool('MLflow', 'meta.yaml');
  },
};
