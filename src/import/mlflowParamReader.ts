import { mlflowNameAfter } from './mlflowNameAfter';
import { readHyperparameters } from './readHyperparameters';
import type { RunFileReader } from './runFileReader';

/**
 * One parameter of an MLflow run (`…/params/<name>`, its value as the file's text). A param file
 * has no structure of its own, so only its place in a run folder identifies it.
 */
export const mlflowParamReader: RunFileReader = {
  container: 'text',
  identifiedByPath: true,
  format: 'mlflow-param',
  matches: (text, hint) => hint.folders.at(-1) === 'params' && text.length <= 10_000,
  read(text, context) {
    const name = mlflowNameAfter(context.hint.path, 'params') ?? context.hint.fileName;
    readHyperparameters({ [name]: text.trim() }, context, true);
    context.loggingTool('MLflow', 'params');
  },
};
