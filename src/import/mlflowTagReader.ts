import { mlflowNameAfter } from './mlflowNameAfter';
import { repositoryUrl } from './repositoryUrl';
import type { RunFileReader } from './runFileReader';

/** Tags that identify a person or machine are not carried into a report. */
const privateTags = new Set([
  'mlflow.user',
  'mlflow.source.type',
  'mlflow.log-model.history',
  'mlflow.databricks.cluster.id',
]);

/**
 * One tag of an MLflow run (`…/tags/<name>`): the git commit goes to the commit hash, the
 * repository URL to the appendix, the run name and program into notes.
 */
export const mlflowTagReader: RunFileReader = {
  container: 'text',
  identifiedByPath: true,
  format: 'mlflow-tag',
  matches: (text, hint) => hint.folders.at(-1) === 'tags' && text.length <= 10_000,
  read(text, context) {
    const name = mlflowNameAfter(context.hint.path, 'tags') ?? context.hint.fileName;
    const value = text.trim();
    if (name === 'mlflow.source.git.commit') {
      if (/^[0-9a-f]{7,40}$/iu.test(value)) context.reportField('setup.commitHash', value, name);
      else context.warn(`${name} is not a commit hash: "${value.slice(0, 80)}"`);
    } else if (name === 'mlflow.source.git.repoURL') {
      const url = repositoryUrl(value);
      if (url !== '') context.reportField('appendix.repositoryUrl', url, name);
    } else if (name === 'mlflow.runName') {
      context.note('Run name', value, name);
    } else if (name === 'mlflow.source.name') {
      context.note('Program', value, name);
    } else if (name === 'mlflow.note.content') {
      context.note('Run description', value, name);
    } else if (!privateTags.has(name) && !name.startsWith('mlflow.')) {
      context.note(name, value, name);
    }
    context.loggingTool('MLflow', 'tags');
  },
};
