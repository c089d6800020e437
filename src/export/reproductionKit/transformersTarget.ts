import type { Report } from '@/model/reportSchema';

/** The transformers releases whose TrainingArguments fields were read into the reference lists. */
export const referenceTransformersVersions = ['4.44.2', '4.57.6', '5.18.0'] as const;
export type ReferenceTransformersVersion = (typeof referenceTransformersVersions)[number];

/** How the kit names TrainingArguments keys for the transformers version the report gives. */
export interface TransformersTarget {
  /** The version as typed in Key library versions, or null when the report gives none. */
  version: string | null;
  /** The release whose field list the keys follow: the nearest one read. */
  reference: ReferenceTransformersVersion;
  /** `evaluation_strategy` before 4.41, `eval_strategy` from then on. */
  evaluationStrategyKey: 'eval_strategy' | 'evaluation_strategy';
  /** 5.x dropped `warmup_ratio`: a ratio is a float `warmup_steps` below 1. */
  warmupRatioKey: 'warmup_ratio' | 'warmup_steps';
  /** Before 5.0 `report_to` defaulted to every installed integration, so the kit turns it off. */
  reportToDefaultsToAll: boolean;
}

function parseVersion(text: string): [number, number] | null {
  const match = /^v?(\d+)\.(\d+)/u.exec(text.trim());
  return match === null ? null : [Number(match[1]), Number(match[2])];
}

/** The version of transformers in Key library versions (`transformers` in any case). */
export function findTransformersVersion(report: Report): string | null {
  const entry = report.setup.libraryVersions.find(
    (library) => library.name.trim().toLowerCase() === 'transformers',
  );
  const version = entry?.version.trim() ?? '';
  return version === '' ? null : version;
}

export function chooseTransformersTarget(report: Report): TransformersTarget {
  const version = findTransformersVersion(report);
  const parsed = version === null ? null : parseVersion(version);
  const [major, minor] = parsed ?? [4, 57];
  const atLeast = (wantedMajor: number, wantedMinor: number): boolean =>
    major > wantedMajor || (major === wantedMajor && minor >= wantedMinor);
  return {
    version,
    reference: atLeast(5, 0) ? '5.18.0' : atLeast(4, 51) ? '4.57.6' : '4.44.2',
    evaluationStrategyKey: atLeast(4, 41) ? 'eval_strategy' : 'evaluation_strategy',
    warmupRatioKey: atLeast(5, 0) ? 'warmup_steps' : 'warmup_ratio',
    reportToDefaultsToAll: !atLeast(5, 0),
  };
}
