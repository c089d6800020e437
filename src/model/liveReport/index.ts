export { applyReportToLiveDocument } from './applyReportToLiveDocument';
export { liveRichTextFragment } from './liveRichTextFragment';
export { readReportFromLiveDocument } from './readReportFromLiveDocument';
export { writeReportIntoLiveDocument } from './writeReportIntoLiveDocument';
export { createLiveReportReader, type LiveReportReader } from './createLiveReportReader';
