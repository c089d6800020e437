// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { AppContext } from '@/context/AppContext';
import { buildMarkdown } from '@/export/buildMarkdown';
import { packDocx } from '@/export/packDocx';
import { serializeReport } from '@/export/serializeReport';
import { FieldList } from '@/features/form/FieldList';
import ReportPreview from '@/features/preview/ReportPreview';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { getValueAtPath, setValueAtPath } from '@/model/fieldPath';
import { getSectionDefinition } from '@/model/sectionRegistry';
import { restoreReport } from '@/model/restoreReport';
import type * as setupModule from '@/model/sections/setup';
import { docxText } from '../export/support/docxText';
import { unzipDocx } from '../export/support/unzipDocx';
import { startTestServices } from '../support/startTestServices';

/**
 * README's "Add a field" recipe, followed by a test: one optional field added to one section
 * module, and nothing else, reaches the form, the preview, all three exports and old drafts.
 */
vi.mock('@/model/sections/setup', async (importOriginal) => {
  const actual = await importOriginal<typeof setupModule>();
  const { text } = await import('@/model/sections/fieldSchemas');
  const setupSchema = actual.setupSchema.extend({ throwawayNote: text });
  return {
    ...actual,
    setupSchema,
    setupSection: {
      ...actual.setupSection,
      schema: setupSchema,
      fields: {
        ...actual.setupSection.fields,
        throwawayNote: {
          kind: 'text',
          label: 'Throwaway note',
          help: 'A field that exists only in this test.',
        },
      },
    },
  };
});

const path = 'setup.throwawayNote';
const note = 'Kept by a field added in one place <&> “quoted”';

function filledExample() {
  return setValueAtPath(createExampleReport(), path, note);
}

describe('a field added to one section module', () => {
  it('is in the empty report, with its default', () => {
    expect(getValueAtPath(createEmptyReport('r'), path)).toBe('');
  });

  it('is in the form and the preview, and the store takes what is typed into it', async () => {
    const services = await startTestServices();
    const { session } = services;
    expect(session.store.getState().setFieldValue(path, note)).toBe(true);
    const container = document.createElement('div');
    const root = createRoot(container);
    flushSync(() =>
      root.render(
        <AppContext.Provider value={services}>
          <FieldList
            ownerPath="setup"
            specs={getSectionDefinition('setup').fields}
            shapePath="setup"
          />
        </AppContext.Provider>,
      ),
    );
    const input = container.querySelector<HTMLInputElement>('#field-setup__throwawayNote');
    expect(container.querySelector('label[for="field-setup__throwawayNote"]')?.textContent).toBe(
      'Throwaway note',
    );
    expect(input?.value).toBe(note);
    flushSync(() =>
      root.render(
        <AppContext.Provider value={services}>
          <ReportPreview />
        </AppContext.Provider>,
      ),
    );
    expect(container.textContent).toContain(`Throwaway note${note}`);
    root.unmount();
    await session.flush();
  });

  it('is in the Markdown, the Word file and the JSON, and the JSON opens again with it', async () => {
    const report = filledExample();
    expect(buildMarkdown(report)).toContain(`**Throwaway note:** ${note}`);
    const word = docxText(unzipDocx(await packDocx(report)).get('word/document.xml') ?? '');
    expect(word).toContain('Throwaway note');
    expect(word).toContain(note);
    const json = serializeReport(report, '2026-12-02T12:00:00.000Z');
    const restored = restoreReport(JSON.parse(json));
    if (!restored.ok) throw new Error(restored.message);
    expect(getValueAtPath(restored.report, path)).toBe(note);
  });

  it('leaves a v1 draft opening unchanged, the new field empty', () => {
    const v1 = JSON.parse(
      readFileSync('tests/fixtures/migrations/report-v1.json', 'utf8'),
    ) as Record<string, unknown>;
    const restored = restoreReport(v1);
    if (!restored.ok) throw new Error(`${restored.message}: ${restored.details.join('; ')}`);
    expect(getValueAtPath(restored.report, path)).toBe('');
    expect(restored.report.setup.gpuType).toBe((v1['setup'] as { gpuType: string }).gpuType);
  });
});
