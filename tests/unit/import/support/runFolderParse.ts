import { parseRunFiles } from '@/import/parseRunFiles';
import type { RunImportParse } from '@/import/runImportTypes';
import { listFiles, readRunFixture, runFixturesRoot } from './readRunFixture';

/** The own QLoRA run folder (trainer_state, training_args, adapter and model config, results, pip freeze, nvidia-smi), parsed. */
export function parseQloraRunFolder(): RunImportParse {
  return parseRunFiles(listFiles(runFixturesRoot, 'own/hf-qlora-run').map(readRunFixture));
}
