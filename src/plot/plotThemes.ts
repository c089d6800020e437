export type PlotThemeName = 'light' | 'dark' | 'print';

export interface PlotTheme {
  background: string;
  text: string;
  mutedText: string;
  axis: string;
  grid: string;
  /** Okabe–Ito colours, ordered so neighbours differ most in hue and lightness. */
  palette: readonly string[];
  lineWidth: number;
}

const okabeItoOnLight = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
];

/** Colours per theme; light and dark follow the app's surfaces, print is black on white. */
export const plotThemes: { readonly [Name in PlotThemeName]: PlotTheme } = {
  light: {
    background: '#ffffff',
    text: '#1c2430',
    mutedText: '#5b6675',
    axis: '#39424e',
    grid: '#e3e7ec',
    palette: okabeItoOnLight,
    lineWidth: 1.75,
  },
  dark: {
    background: '#1a2029',
    text: '#e6e9ee',
    mutedText: '#9aa5b4',
    axis: '#9aa5b4',
    grid: '#2e3746',
    palette: ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#F0E442', '#D55E00', '#FFFFFF'],
    lineWidth: 1.75,
  },
  print: {
    background: '#ffffff',
    text: '#000000',
    mutedText: '#333333',
    axis: '#000000',
    grid: '#d9d9d9',
    palette: okabeItoOnLight,
    lineWidth: 2,
  },
};
