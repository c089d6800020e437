import { describe, expect, it, vi } from 'vitest';
import { serializeReport } from '@/export/serializeReport';
import { readReportFile } from '@/files/readReportFile';
import { createExampleReport } from '@/model/createExampleReport';
import { maximumImportBytes } from '@/model/restoreReport';

describe('readReportFile', () => {
  it('restores an exported JSON draft', async () => {
    const example = createExampleReport();
    const file = new File([serializeReport(example, '2025-03-14T09:00:00.000Z')], 'draft.json');
    const result = await readReportFile(file);
    expect(result.ok && result.report).toEqual(example);
  });

  it('refuses a file over 25 MB before reading a byte of it', async () => {
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: maximumImportBytes + 1 });
    const text = vi.spyOn(file, 'text');
    const bytes = vi.spyOn(file, 'arrayBuffer');
    const result = await readReportFile(file);
    expect(result).toMatchObject({
      ok: false,
      message: 'This file is larger than 25 MB, larger than any real report.',
    });
    expect(text).not.toHaveBeenCalled();
    expect(bytes).not.toHaveBeenCalled();
  });

  it('says so when the file cannot be read', async () => {
    const file = new File(['{}'], 'gone.json');
    vi.spyOn(file, 'arrayBuffer').mockRejectedValue(
      new Error('NotReadableError: the file was moved'),
    );
    expect(await readReportFile(file)).toEqual({
      ok: false,
      message: 'This file could not be read.',
      details: ['NotReadableError: the file was moved'],
    });
  });

  it('passes other problems on from restoreReportFromText', async () => {
    const result = await readReportFile(
      new File(['{"format": "ml-report", "report": '], 'cut.json'),
    );
    expect(result).toMatchObject({
      ok: false,
      message: 'This file is not valid JSON (it may be cut off or damaged).',
    });
  });
});
