/** One kept version of a report, as the History panel lists it; its report is stored apart. */
export interface ReportVersionSummary {
  id: string;
  reportId: string;
  /** The name given on Save version, or what made an automatic snapshot ("Before import…"). */
  name: string;
  note: string;
  automatic: boolean;
  savedAt: string;
  /** `hashReportContent` of the report, to skip a snapshot of unchanged content. */
  contentHash: string;
  wordCount: number;
  fieldCount: number;
  /** Characters of the stored JSON: the space the version takes. */
  storedCharacters: number;
}
