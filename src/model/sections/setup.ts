import '../configureZod';
import { z } from 'zod';
import { flag, id, listWithUniqueIds, optionalNumber, text } from './fieldSchemas';
import type { SectionDefinition } from './sectionDefinition';

export const libraryVersionSchema = z.object({ id, name: text, version: text });
export type LibraryVersion = z.infer<typeof libraryVersionSchema>;

export const datasetSchema = z.object({
  id,
  name: text,
  source: text,
  hubId: text,
  revision: text,
  license: text,
  trainSize: optionalNumber,
  validationSize: optionalNumber,
  noValidationSplit: flag(false),
  testSize: optionalNumber,
  noTestSplit: flag(false),
  preprocessing: text,
});
export type Dataset = z.infer<typeof datasetSchema>;
/** A dataset as written by hand: fields left out take their defaults. */
export type DatasetInput = z.input<typeof datasetSchema>;

export const loggingToolSchema = z.object({ id, tool: text, runLink: text });
export type LoggingTool = z.infer<typeof loggingToolSchema>;

export const setupSchema = z.object({
  gpuType: text,
  gpuCount: optionalNumber,
  cpu: text,
  memory: text,
  framework: text,
  frameworkVersion: text,
  cudaVersion: text,
  operatingSystem: text,
  libraryVersions: listWithUniqueIds(libraryVersionSchema, 500),
  datasets: listWithUniqueIds(datasetSchema, 100),
  seeds: text,
  numberOfRuns: optionalNumber,
  lockfile: text,
  commitHash: text,
  containerImage: text,
  determinism: text,
  loggingTools: listWithUniqueIds(loggingToolSchema, 100),
});
export type Setup = z.infer<typeof setupSchema>;

export const setupSection: SectionDefinition<'setup', Setup> = {
  id: 'setup',
  number: 6,
  title: 'Experimental setup',
  purpose: 'The environment, data, seeds and controls that make the runs reproducible.',
  goodLooksLike: [
    'Library versions locked by a lockfile, a commit hash or a container image.',
    'Every dataset with its revision, license and split sizes.',
    'Seeds recorded, and how many runs each number comes from.',
  ],
  schema: setupSchema,
  fields: {
    gpuType: {
      kind: 'text',
      label: 'GPU type',
      help: 'The accelerator model.',
      example: 'NVIDIA A100 80GB',
      importance: 'required',
    },
    gpuCount: {
      kind: 'number',
      label: 'GPU count',
      help: 'Accelerators per run.',
      example: '8',
      integer: true,
      minimum: 0,
      importance: 'required',
    },
    cpu: {
      kind: 'text',
      label: 'CPU',
      help: 'Only when it matters (data loading, CPU inference).',
      example: 'AMD EPYC 7763, 64 cores',
    },
    memory: {
      kind: 'text',
      label: 'RAM',
      help: 'Host memory, when it matters.',
      example: '512 GB',
    },
    framework: {
      kind: 'text',
      label: 'Framework',
      help: 'The training framework.',
      example: 'PyTorch',
      suggestions: ['PyTorch', 'JAX', 'TensorFlow'],
      importance: 'required',
    },
    frameworkVersion: {
      kind: 'text',
      label: 'Framework version',
      help: 'The exact version.',
      example: '2.5.1',
      importance: 'required',
    },
    cudaVersion: {
      kind: 'text',
      label: 'CUDA version',
      help: 'CUDA toolkit version.',
      example: '12.4',
      importance: 'recommended',
    },
    operatingSystem: {
      kind: 'text',
      label: 'Operating system',
      help: 'OS and kernel or image.',
      example: 'Ubuntu 22.04',
    },
    libraryVersions: {
      kind: 'list',
      label: 'Key library versions',
      itemLabel: 'Library',
      addLabel: 'Add library',
      itemTitleKey: 'name',
      createItem: (itemId) => libraryVersionSchema.parse({ id: itemId }),
      help: 'The libraries whose versions change results.',
      importance: 'recommended',
      fields: {
        name: { kind: 'text', label: 'Library', help: 'Package name.', example: 'transformers' },
        version: {
          kind: 'text',
          label: 'Library version',
          help: 'Exact version.',
          example: '4.46.2',
        },
      },
    },
    datasets: {
      kind: 'list',
      label: 'Datasets',
      itemLabel: 'Dataset',
      addLabel: 'Add dataset',
      itemTitleKey: 'name',
      createItem: (itemId) => datasetSchema.parse({ id: itemId }),
      help: 'Every dataset used to train or evaluate.',
      importance: 'required',
      fields: {
        name: {
          kind: 'text',
          label: 'Dataset name',
          help: 'The name models refer to.',
          example: 'SST-2',
          importance: 'required',
        },
        source: {
          kind: 'url',
          label: 'Source',
          help: 'Where to get it: a link or a hub id.',
          example: 'https://huggingface.co/datasets/stanfordnlp/sst2',
          importance: 'required',
        },
        hubId: {
          kind: 'text',
          label: 'Dataset on the Hub',
          help: 'Its Hugging Face Hub id (owner/name), so a model card can link to it.',
          example: 'stanfordnlp/sst2',
        },
        revision: {
          kind: 'text',
          label: 'Revision',
          help: 'The exact revision or commit of the data.',
          example: '8d51e7e',
          importance: 'recommended',
        },
        license: {
          kind: 'text',
          label: 'Dataset license',
          help: 'Under which terms it may be used.',
          example: 'CC-BY-4.0',
          importance: 'recommended',
        },
        trainSize: {
          kind: 'number',
          label: 'Train size',
          help: 'Training examples.',
          example: '67349',
          integer: true,
          minimum: 0,
          importance: 'recommended',
        },
        validationSize: {
          kind: 'number',
          label: 'Validation size',
          help: 'Validation examples.',
          example: '872',
          integer: true,
          minimum: 0,
          importance: 'recommended',
          showWhen: (dataset) => !dataset.noValidationSplit,
        },
        noValidationSplit: {
          kind: 'checkbox',
          label: 'No validation split',
          help: 'Tick when this dataset has no validation split; its size is then not asked for.',
        },
        testSize: {
          kind: 'number',
          label: 'Test size',
          help: 'Test examples.',
          example: '1821',
          integer: true,
          minimum: 0,
          importance: 'recommended',
          showWhen: (dataset) => !dataset.noTestSplit,
        },
        noTestSplit: {
          kind: 'checkbox',
          label: 'No test split',
          help: 'Tick when this dataset has no test split (a training set only, or a benchmark used elsewhere).',
        },
        preprocessing: {
          kind: 'longText',
          label: 'Preprocessing',
          help: 'Filtering, deduplication, tokenization.',
          example: 'Lower-cased, deduplicated, truncated to 128 tokens',
        },
      },
    },
    seeds: {
      kind: 'text',
      label: 'Random seeds',
      help: 'Every seed used, comma-separated.',
      example: '13, 42, 1234',
      importance: 'required',
    },
    numberOfRuns: {
      kind: 'number',
      label: 'Runs per configuration',
      help: 'How many seeds each reported number averages over.',
      example: '3',
      integer: true,
      minimum: 1,
      importance: 'required',
    },
    lockfile: {
      kind: 'text',
      label: 'Lockfile',
      help: 'The file that pins every dependency.',
      example: 'requirements.lock (uv pip compile)',
    },
    commitHash: {
      kind: 'text',
      label: 'Commit hash',
      help: 'The code version every run used.',
      example: '3f9c2ab',
    },
    containerImage: {
      kind: 'text',
      label: 'Container image',
      help: 'Image name with its digest.',
      example: 'ghcr.io/example/train@sha256:…',
    },
    determinism: {
      kind: 'longText',
      label: 'Determinism flags',
      help: 'Flags that make runs repeatable, and what remains nondeterministic.',
      example: 'torch.use_deterministic_algorithms(True); CUBLAS_WORKSPACE_CONFIG=:4096:8',
    },
    loggingTools: {
      kind: 'list',
      label: 'Logging tools',
      itemLabel: 'Logging tool',
      addLabel: 'Add logging tool',
      itemTitleKey: 'tool',
      createItem: (itemId) => loggingToolSchema.parse({ id: itemId }),
      help: 'Where the run logs live, so readers can inspect the curves.',
      importance: 'recommended',
      fields: {
        tool: {
          kind: 'text',
          label: 'Tool',
          help: 'The tracker.',
          example: 'Weights & Biases',
          suggestions: ['Weights & Biases', 'TensorBoard', 'MLflow', 'Comet', 'Neptune'],
        },
        runLink: {
          kind: 'url',
          label: 'Run link',
          help: 'A link to the project or run.',
          example: 'https://wandb.ai/example/sst2',
        },
      },
    },
  },
};
