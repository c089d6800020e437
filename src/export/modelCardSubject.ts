import type { Dataset, Model, Report } from '@/model/reportSchema';

/** What one model card is about: the report, the model it describes and that model's datasets. */
export interface ModelCardSubject {
  report: Report;
  model: Model | undefined;
  /** The model's name as every table shows it ("Model 2" when unnamed). */
  modelName: string;
  /** The datasets of Experimental setup that the model's Dataset field names. */
  datasets: readonly Dataset[];
}
