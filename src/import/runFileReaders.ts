import { adapterConfigReader } from './adapterConfigReader';
import { bitsAndBytesConfigReader } from './bitsAndBytesConfigReader';
import { collectEnvReader } from './collectEnvReader';
import { condaEnvironmentReader } from './condaEnvironmentReader';
import { lightningHparamsReader } from './lightningHparamsReader';
import { lightningMetricsReader } from './lightningMetricsReader';
import { mlflowMetaReader } from './mlflowMetaReader';
import { mlflowMetricReader } from './mlflowMetricReader';
import { mlflowParamReader } from './mlflowParamReader';
import { mlflowTagReader } from './mlflowTagReader';
import { modelConfigReader } from './modelConfigReader';
import { nvidiaSmiQueryCsvReader } from './nvidiaSmiQueryCsvReader';
import { nvidiaSmiReader } from './nvidiaSmiReader';
import { pipRequirementsReader } from './pipRequirementsReader';
import type { RunFileReader } from './runFileReader';
import { tensorBoardCsvReader } from './tensorBoardCsvReader';
import { tensorBoardJsonReader } from './tensorBoardJsonReader';
import { trainerResultsReader } from './trainerResultsReader';
import { trainerStateReader } from './trainerStateReader';
import { trainingArgumentsReader } from './trainingArgumentsReader';
import { trainingArgumentsTextReader } from './trainingArgumentsTextReader';
import { wandbConfigReader } from './wandbConfigReader';
import { wandbMetadataReader } from './wandbMetadataReader';
import { wandbPanelCsvReader } from './wandbPanelCsvReader';
import { wandbSummaryReader } from './wandbSummaryReader';

/**
 * Every reader, most specific first within each container: the first whose `matches` accepts the
 * content reads the file. MLflow params and tags come first among text readers because their
 * content is free text that only their folder identifies. A bitsandbytes config comes after the
 * training arguments, which may carry its keys among their own.
 */
export const runFileReaders: readonly RunFileReader[] = [
  trainerStateReader,
  adapterConfigReader,
  wandbSummaryReader,
  wandbMetadataReader,
  trainingArgumentsReader,
  bitsAndBytesConfigReader,
  modelConfigReader,
  trainerResultsReader,
  tensorBoardJsonReader,
  mlflowParamReader,
  mlflowTagReader,
  nvidiaSmiReader,
  nvidiaSmiQueryCsvReader,
  collectEnvReader,
  trainingArgumentsTextReader,
  tensorBoardCsvReader,
  wandbPanelCsvReader,
  lightningMetricsReader,
  mlflowMetricReader,
  pipRequirementsReader,
  wandbConfigReader,
  mlflowMetaReader,
  condaEnvironmentReader,
  lightningHparamsReader,
];
