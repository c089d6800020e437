import type { Plot } from '@/model/reportSchema';

/** What each kind of plot is called in menus and descriptions. */
export const plotKindLabels: { readonly [Kind in Plot['kind']]: string } = {
  'loss-curve': 'Loss curve',
  'metric-curve': 'Metric curve',
  'size-vs-performance': 'Size vs performance',
  'metric-bar': 'Bar chart by model',
};
