import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/import/parseRunFiles';
import { expectRunFile } from './support/expectRunFile';
import { listFiles } from './support/readRunFixture';
import { realWorldExpectations } from './support/realWorldExpectations';

// The shared corpus sits next to the repository; it is absent in some checkouts, present in CI.
const corpusRoot = join(import.meta.dirname, '../../../../shared/fixtures/real');

describe.skipIf(!existsSync(corpusRoot))('the real-world corpus in ../shared/fixtures/real', () => {
  const paths = existsSync(corpusRoot)
    ? listFiles(corpusRoot).filter((path) => path !== 'SOURCES.md')
    : [];
  const parse = parseRunFiles(
    paths.map((path) => ({ path, text: readFileSync(join(corpusRoot, path), 'utf8') })),
  );

  it('has expectations for exactly the files in the corpus', () => {
    expect(paths.length).toBeGreaterThanOrEqual(45);
    expect([...paths].sort()).toEqual(Object.keys(realWorldExpectations).sort());
  });

  it.each(paths)('%s yields the values it holds', (path) => {
    const result = parse.files.find((file) => file.path === path);
    const expected = realWorldExpectations[path];
    expect(result).toBeDefined();
    expect(expected).toBeDefined();
    if (result !== undefined && expected !== undefined) expectRunFile(result, expected);
  });

  it('reads every file: none unrecognized, failed or partial', () => {
    expect(parse.files.filter((file) => file.status !== 'parsed')).toEqual([]);
  });

  it('makes the unsloth bnb-4bit adapter QLoRA across files', () => {
    expect(parse.warnings).toContain(
      'Method set to QLoRA: peft_adapter_config/qlora-unsloth-llama3.1-8b-bnb4bit.json (base_model_name_or_path) shows the base model was loaded in 4 bits.',
    );
  });
});
