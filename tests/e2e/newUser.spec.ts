import type { Page } from '@playwright/test';
import { expect, openApp, openSection, sectionTitles, test } from './appTest';
import { emulateSlowMachine } from './slowMachine';
import {
  control,
  enter,
  entryOnceTyped,
  expectShownInSections,
  exportAndRead,
  importInFreshBrowser,
  valuesMissingFrom,
  type TypedEntry,
} from './typedEntries';

/**
 * A new user writes up a real published study from a blank report: LoRA on GLUE MNLI with
 * RoBERTa-base against full fine-tuning (Hu et al. 2021, "LoRA: Low-Rank Adaptation of Large
 * Language Models", Table 2 and Table 9). Every value is typed key by key through visible names on
 * a slow machine, then read back from the Markdown (pandoc, GFM), the Word file (pandoc) and the
 * JSON imported into a fresh browser, character for character.
 */

type Entry = TypedEntry;

const loraModel = 'RoBERTa-base LoRA';
const fullModel = 'RoBERTa-base full FT';

const entries: Entry[] = [
  {
    section: 'Title page',
    label: 'Title',
    kind: 'text',
    value: 'LoRA on GLUE: RoBERTa-base with 0.3M trainable parameters',
  },
  {
    section: 'Title page',
    label: 'Subtitle',
    kind: 'text',
    value: 'Reproducing Hu et al. (2021), Table 2, MNLI',
  },
  { section: 'Title page', card: 'Author 1', label: 'Name', kind: 'text', value: 'Edward J. Hu' },
  {
    section: 'Title page',
    card: 'Edward J. Hu',
    label: 'Affiliation',
    kind: 'text',
    value: 'Microsoft Corporation',
  },
  {
    section: 'Title page',
    card: 'Edward J. Hu',
    label: 'Email',
    kind: 'text',
    value: 'edward.hu@example.org',
  },
  { section: 'Title page', label: 'Date', kind: 'text', value: '2021-06-17' },
  { section: 'Title page', label: 'Version', kind: 'text', value: '1.0' },
  { section: 'Title page', label: 'Organization', kind: 'text', value: 'Microsoft' },
  { section: 'Title page', label: 'License', kind: 'text', value: 'MIT' },
  {
    section: 'Abstract',
    label: 'Summary',
    kind: 'richText',
    value:
      'We adapt RoBERTa-base to MNLI with LoRA (r = 8) and match full fine-tuning: 87.5 ± 0.3 against 87.6 accuracy.',
  },
  {
    section: 'Background and motivation',
    label: 'Current system limitations',
    kind: 'richText',
    value: 'Full fine-tuning stores a 125M-parameter copy per task.',
  },
  {
    section: 'Background and motivation',
    label: 'Why fine-tuning is needed',
    kind: 'richText',
    value: 'Zero-shot RoBERTa-base cannot do MNLI.',
  },
  {
    section: 'Background and motivation',
    label: 'Related papers and existing results',
    kind: 'richText',
    value: 'Houlsby et al. (2019) adapters add inference latency.',
  },
  {
    section: 'Background and motivation',
    label: 'Scientific or business motivation',
    kind: 'richText',
    value: 'Serve many tasks from one frozen model.',
  },
  {
    section: 'Problem definition',
    label: 'Task type',
    kind: 'select',
    value: 'Classification',
  },
  {
    section: 'Problem definition',
    label: 'Input format',
    kind: 'text',
    value: 'premise + hypothesis',
  },
  {
    section: 'Problem definition',
    label: 'Output format',
    kind: 'text',
    value: 'entailment / neutral / contradiction',
  },
  {
    section: 'Problem definition',
    card: 'Metric 1',
    label: 'Metric name',
    kind: 'text',
    value: 'MNLI-m accuracy',
  },
  {
    section: 'Problem definition',
    card: 'MNLI-m accuracy',
    label: 'Definition',
    kind: 'text',
    value: 'Share of matched validation pairs labelled correctly',
  },
  {
    section: 'Problem definition',
    card: 'MNLI-m accuracy',
    label: 'Primary metric',
    kind: 'checkbox',
    value: 'checked',
    exported: 'MNLI-m accuracy',
  },
  {
    section: 'Problem definition',
    card: 'MNLI-m accuracy',
    label: 'Implementation',
    kind: 'text',
    value: "evaluate.load('glue', 'mnli')",
  },
  {
    section: 'Problem definition',
    label: 'Compute budget',
    kind: 'text',
    value: '1 × V100 for 30 epochs',
  },
  {
    section: 'Models and approach',
    label: 'Approach overview',
    kind: 'richText',
    value: 'LoRA on the query and value projections, against full fine-tuning.',
  },
  {
    section: 'Models and approach',
    card: 'Model 1',
    label: 'Model name',
    kind: 'text',
    value: loraModel,
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Architecture',
    kind: 'text',
    value: 'roberta-base',
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Parameter count',
    kind: 'text',
    value: '125M',
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Trainable parameters',
    kind: 'text',
    value: '0.3M',
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Method',
    kind: 'select',
    value: 'LoRA',
  },
  { section: 'Models and approach', card: loraModel, label: 'LoRA rank', kind: 'text', value: '8' },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'LoRA alpha',
    kind: 'text',
    value: '8',
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Target modules',
    kind: 'text',
    value: 'query, value',
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Dataset',
    kind: 'text',
    value: 'MNLI',
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Batch size',
    kind: 'text',
    value: '16',
  },
  { section: 'Models and approach', card: loraModel, label: 'Epochs', kind: 'text', value: '30' },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Learning rate',
    kind: 'text',
    value: '0.0005',
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Scheduler',
    kind: 'text',
    value: 'linear',
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Warmup',
    kind: 'text',
    value: '0.06 ratio',
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Optimizer',
    kind: 'text',
    value: 'AdamW',
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Max sequence length',
    kind: 'text',
    value: '512',
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Selection criterion',
    kind: 'text',
    value: 'best MNLI-m validation accuracy',
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Motivation',
    kind: 'richText',
    value: 'Low-rank updates should suffice for adaptation.',
  },
  {
    section: 'Models and approach',
    card: loraModel,
    label: 'Assumptions',
    kind: 'richText',
    value: 'The weight update has a low intrinsic rank.',
  },
  {
    section: 'Experimental setup',
    label: 'GPU type',
    kind: 'text',
    value: 'NVIDIA Tesla V100 32GB',
  },
  { section: 'Experimental setup', label: 'GPU count', kind: 'text', value: '1' },
  { section: 'Experimental setup', label: 'Framework', kind: 'text', value: 'PyTorch' },
  { section: 'Experimental setup', label: 'Framework version', kind: 'text', value: '1.7.1' },
  { section: 'Experimental setup', label: 'CUDA version', kind: 'text', value: '11.0' },
  {
    section: 'Experimental setup',
    card: 'Library 1',
    label: 'Library',
    kind: 'text',
    value: 'loralib',
  },
  {
    section: 'Experimental setup',
    card: 'loralib',
    label: 'Library version',
    kind: 'text',
    value: '0.1.1',
  },
  {
    section: 'Experimental setup',
    card: 'Dataset 1',
    label: 'Dataset name',
    kind: 'text',
    value: 'GLUE MNLI',
  },
  {
    section: 'Experimental setup',
    card: 'GLUE MNLI',
    label: 'Source',
    kind: 'text',
    value: 'https://huggingface.co/datasets/nyu-mll/glue',
  },
  {
    section: 'Experimental setup',
    card: 'GLUE MNLI',
    label: 'Train size',
    kind: 'text',
    value: '392,702',
  },
  {
    section: 'Experimental setup',
    card: 'GLUE MNLI',
    label: 'Validation size',
    kind: 'text',
    value: '9,815',
  },
  {
    section: 'Experimental setup',
    card: 'GLUE MNLI',
    label: 'Test size',
    kind: 'text',
    value: '9,796',
  },
  { section: 'Experimental setup', label: 'Random seeds', kind: 'text', value: '0, 1, 2, 3, 4' },
  { section: 'Experimental setup', label: 'Runs per configuration', kind: 'text', value: '5' },
  { section: 'Experimental setup', label: 'Commit hash', kind: 'text', value: 'a0d5efe' },
  {
    section: 'Results and analysis',
    label: `MNLI-m accuracy (validation) for ${loraModel}`,
    kind: 'text',
    value: '87.5',
  },
  {
    section: 'Results and analysis',
    label: `± MNLI-m accuracy (validation) for ${loraModel}`,
    kind: 'text',
    value: '0.3',
  },
  {
    section: 'Results and analysis',
    label: `MNLI-m accuracy (validation) for ${fullModel}`,
    kind: 'text',
    value: '87.60',
  },
  {
    section: 'Results and analysis',
    label: 'Analysis',
    kind: 'richText',
    value: 'LoRA matches full fine-tuning within one standard deviation.',
  },
  {
    section: 'Conclusion and future work',
    label: 'Best model',
    kind: 'select',
    value: loraModel,
  },
  {
    section: 'Conclusion and future work',
    label: 'Why it performed best',
    kind: 'richText',
    value: 'Same accuracy with 1/400 of the trainable parameters.',
  },
  {
    section: 'Conclusion and future work',
    label: 'Limitations',
    kind: 'richText',
    value: 'One task and one model size.',
  },
  {
    section: 'Appendix and references',
    label: 'Repository',
    kind: 'text',
    value: 'https://github.com/microsoft/LoRA',
  },
  {
    section: 'Appendix and references',
    card: 'Reference 1',
    label: 'Reference title',
    kind: 'text',
    value: 'LoRA: Low-Rank Adaptation of Large Language Models',
  },
  {
    section: 'Appendix and references',
    card: 'LoRA: Low-Rank Adaptation of Large Language Models',
    label: 'Reference authors',
    kind: 'text',
    value: 'Hu, Shen, Wallis, Allen-Zhu, Li, Wang, Wang, Chen',
  },
  {
    section: 'Appendix and references',
    card: 'LoRA: Low-Rank Adaptation of Large Language Models',
    label: 'Year',
    kind: 'text',
    value: '2021',
  },
  {
    section: 'Appendix and references',
    card: 'LoRA: Low-Rank Adaptation of Large Language Models',
    label: 'Venue',
    kind: 'text',
    value: 'ICLR 2022',
  },
  {
    section: 'Appendix and references',
    card: 'LoRA: Low-Rank Adaptation of Large Language Models',
    label: 'URL or DOI',
    kind: 'text',
    value: 'https://arxiv.org/abs/2106.09685',
  },
];

/** The second model starts as a Duplicate of the first; these are the values then changed. */
const fullModelChanges: Entry[] = [
  {
    section: 'Models and approach',
    card: fullModel,
    label: 'Method',
    kind: 'select',
    value: 'Full fine-tuning',
  },
  {
    section: 'Models and approach',
    card: fullModel,
    label: 'Trainable parameters',
    kind: 'text',
    value: '125M',
  },
  {
    section: 'Models and approach',
    card: fullModel,
    label: 'Learning rate',
    kind: 'text',
    value: '2e-5',
  },
  { section: 'Models and approach', card: fullModel, label: 'Epochs', kind: 'text', value: '10' },
];

/** A new list item's card is named "Author 1" until its first field is typed, then by that field. */
const cardNamesOnceTyped: Record<string, string> = {
  'Author 1': 'Edward J. Hu',
  'Metric 1': 'MNLI-m accuracy',
  'Model 1': loraModel,
  'Library 1': 'loralib',
  'Dataset 1': 'GLUE MNLI',
  'Reference 1': 'LoRA: Low-Rank Adaptation of Large Language Models',
  [`${loraModel} (copy)`]: fullModel,
};

async function addListItem(page: Page, button: string): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: button, exact: true }).click();
}

test('a new user writes up LoRA on GLUE from a blank report on a slow machine; every export reads back what was typed', async ({
  context,
  page,
  browser,
}) => {
  // About 3.5 minutes on an idle 2-core machine: 2,000 keys at 50 ms with the CPU throttled 4x.
  test.setTimeout(900_000);
  await emulateSlowMachine(context, page);
  await openApp(page);

  const typed = [...entries];
  const shown = (): Entry[] => typed.map((entry) => entryOnceTyped(entry, cardNamesOnceTyped));
  for (const title of sectionTitles) {
    await openSection(page, title);
    for (const entry of entries.filter((candidate) => candidate.section === title)) {
      if (entry.card === 'Author 1') await addListItem(page, 'Add author');
      if (entry.card === 'Metric 1') await addListItem(page, 'Add metric');
      if (entry.card === 'Library 1') await addListItem(page, 'Add library');
      if (entry.card === 'Dataset 1') await addListItem(page, 'Add dataset');
      if (entry.card === 'Reference 1') await addListItem(page, 'Add reference');
      if (entry.card === 'Model 1') await addListItem(page, 'Add model');
      if (title === 'Results and analysis' && entry === entries.find((e) => e.section === title)) {
        await expect(control(page, entry)).toBeVisible({ timeout: 20_000 });
      }
      await enter(page, entry);
    }
    if (title === 'Models and approach') {
      // The second model is the first one duplicated at once, then changed where it differs.
      await page
        .getByRole('main')
        .getByRole('button', { name: `Duplicate ${loraModel}`, exact: true })
        .click();
      const copyName: Entry = {
        section: title,
        card: `${loraModel} (copy)`,
        label: 'Model name',
        kind: 'text',
        value: fullModel,
      };
      await enter(page, copyName);
      for (const change of fullModelChanges) await enter(page, change);
      typed.push(copyName, ...fullModelChanges);
      for (const entry of entries.filter(
        (candidate) =>
          candidate.card === loraModel &&
          !fullModelChanges.some((c) => c.label === candidate.label),
      ))
        if (
          entry.label !== 'LoRA rank' &&
          entry.label !== 'LoRA alpha' &&
          entry.label !== 'Target modules'
        )
          typed.push({ ...entry, card: fullModel });
    }
  }

  // What the screen shows after typing, before any export.
  await expectShownInSections(page, sectionTitles, shown());

  const { markdownText, wordText, json } = await exportAndRead(page);
  expect(
    valuesMissingFrom(markdownText, typed),
    'typed values missing from the Markdown export',
  ).toEqual([]);
  expect(valuesMissingFrom(wordText, typed), 'typed values missing from the Word export').toEqual(
    [],
  );

  // A colleague imports the JSON draft in another browser and sees exactly what was typed.
  const { colleague, colleaguePage } = await importInFreshBrowser(
    browser,
    json,
    entries[0]?.value ?? '',
  );
  await expectShownInSections(colleaguePage, sectionTitles, shown());
  await colleague.close();
});
