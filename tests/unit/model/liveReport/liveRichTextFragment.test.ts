import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createExampleReport } from '@/model/createExampleReport';
import { listItemSegment } from '@/model/fieldPath';
import { liveRichTextFragment, writeReportIntoLiveDocument } from '@/model/liveReport';
import { readRichTextFromFragment } from '@/model/liveReport/richTextFragment';
import { inLiveForm } from './liveReportSupport';

describe('liveRichTextFragment', () => {
  const example = createExampleReport();
  const doc = new Y.Doc();
  writeReportIntoLiveDocument(doc, example);
  const live = inLiveForm(example);

  it('finds the fragment of a section field and of a list item field', () => {
    const model = live.models.models[2];
    if (model === undefined) throw new Error('the example has models');
    const summary = liveRichTextFragment(doc, 'abstract.summary');
    const motivation = liveRichTextFragment(
      doc,
      `models.${listItemSegment('models', model.id)}.motivation`,
    );
    expect(summary && readRichTextFromFragment(summary)).toEqual(live.abstract.summary);
    expect(motivation && readRichTextFromFragment(motivation)).toEqual(model.motivation);
  });

  it('finds nothing where no rich text is', () => {
    expect(liveRichTextFragment(doc, 'titlePage.title')).toBeUndefined();
    expect(liveRichTextFragment(doc, 'models.models#no-such-model.motivation')).toBeUndefined();
    expect(liveRichTextFragment(doc, 'nowhere.at.all')).toBeUndefined();
    expect(liveRichTextFragment(doc, 'comments')).toBeUndefined();
  });
});
