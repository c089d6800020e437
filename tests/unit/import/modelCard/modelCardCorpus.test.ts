import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { markdownPlainText } from '@/import/modelCard/markdownPlainText';
import { splitFrontMatter } from '@/import/modelCard/splitFrontMatter';
import { isRecord } from '@/model/isRecord';
import { importModelCard } from './importModelCard';
import { reportText } from './reportText';

const corpusRoot = join(import.meta.dirname, '../../../../../shared/fixtures/model-cards');
// huggingface_hub's template leaves these, alone or after a bold label; they carry nothing.
const placeholder = /^(?:[^:]*:\s*)?\[?more information needed\]?\.?$/iu;

/** The text blocks a reader sees: paragraphs, table cells, code and HTML, with their lines. */
function textBlocks(tree: Root, firstLine: number): { text: string; line: number }[] {
  const blocks: { text: string; line: number }[] = [];
  const visit = (node: Nodes, listItemLine: number): void => {
    const line = node.type === 'listItem' ? (node.position?.start.line ?? 0) : listItemLine;
    if (['paragraph', 'tableCell', 'code', 'html'].includes(node.type)) {
      const text = markdownPlainText(node).replace(/\s+/gu, ' ').trim();
      if (text !== '' && !placeholder.test(text))
        blocks.push({ text, line: line === 0 ? 0 : line + firstLine - 1 });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child, line);
  };
  visit(tree, 0);
  return blocks;
}

const cards = existsSync(corpusRoot)
  ? readdirSync(corpusRoot).filter((name) => name.endsWith('.md') && name !== 'SOURCES.md')
  : [];

describe.skipIf(cards.length === 0)(
  'the real model cards in ../shared/fixtures/model-cards',
  () => {
    it.each(cards)('%s imports with nothing lost', (name) => {
      const text = readFileSync(join(corpusRoot, name), 'utf8');
      const imported = importModelCard(name, text);
      const { everything, parse } = imported;
      const inReport = reportText(everything);
      const readLines = new Set(
        parse.findings.flatMap((finding) =>
          /^line \d+$/u.test(finding.source.key) ? [finding.source.key] : [],
        ),
      );

      const split = splitFrontMatter(text);
      const tree = fromMarkdown(split.body, {
        extensions: [gfm()],
        mdastExtensions: [gfmFromMarkdown()],
      });
      const lost = textBlocks(tree, split.bodyLine).filter(
        ({ text: block, line }) => !inReport.includes(block) && !readLines.has(`line ${line}`),
      );
      expect(lost).toEqual([]);

      const metadata: unknown = split.frontMatter === null ? {} : parseYaml(split.frontMatter);
      const sources = parse.findings.map((finding) => finding.source.key);
      for (const key of Object.keys(isRecord(metadata) ? metadata : {})) {
        const read = sources.some(
          (source) => source === `front matter › ${key}` || source.startsWith(`${key}[`),
        );
        expect(read || inReport.includes(`${key}:`), key).toBe(true);
      }
    });

    it('puts model-index results in the metric table and every one in the Appendix', () => {
      const { everything, parse } = importModelCard(
        'README.md',
        readFileSync(join(corpusRoot, 'template-2022-whisper-placeholders-model-index.md'), 'utf8'),
      );
      const metricResults = parse.findings.filter((finding) => finding.kind === 'metric-result');
      expect(metricResults.map((finding) => [finding.split, finding.value])).toEqual([
        ['test', 16.17],
        ['test', 10.22],
        ['test', 9.67],
      ]);
      expect(everything.problem.hubTask).toBe('automatic-speech-recognition');
      expect(everything.models.models[0]?.name).toBe('DavidErikMollberg/whisper-medium-is');
      expect(
        everything.results.metricResults.map((result) => [result.split, result.value]),
      ).toEqual([['test', 16.17]]);
      const appendix = reportText(everything.appendix.additionalLogs);
      for (const value of ['16.17', '10.22', '9.67', 'google/fleurs', 'is_is', 'samromur_asr'])
        expect(appendix).toContain(value);
    });

    it('reads the language list, the licence and the datasets of a hand-written card', () => {
      const { report } = importModelCard(
        'README.md',
        readFileSync(join(corpusRoot, 'handwritten-xlsr-german-asr-two-datasets.md'), 'utf8'),
      );
      expect(report.titlePage.license).toBe('apache-2.0');
      expect(report.problem.language).toBe('de');
      expect(report.models.models[0]?.dataset).toBe('mozilla-foundation/common_voice_8_0');
      const wer = report.problem.metrics.find((metric) => metric.name === 'WER');
      expect(wer?.higherIsBetter).toBe(false);
    });

    it('reads the two training-procedure sections of a QLoRA card', () => {
      const { report } = importModelCard(
        'README.md',
        readFileSync(
          join(corpusRoot, 'peft-qlora-axolotl-trainer-two-framework-sections.md'),
          'utf8',
        ),
      );
      const [model] = report.models.models;
      expect(model?.method).toBe('qlora');
      expect(model?.quantization.computeDtype).toBe('bfloat16');
      expect(model?.hyperparameters.learningRate).toBe(0.0002);
      expect(report.setup.libraryVersions.map((library) => library.name)).toEqual([
        'transformers',
        'torch',
        'datasets',
        'tokenizers',
        'peft',
      ]);
    });
  },
);
