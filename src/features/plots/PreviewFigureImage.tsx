import type { PlotThemeName } from '@/plot/plotThemes';
import { PlotImage } from './PlotImage';
import { usePlotModels } from './usePlotModels';
import { useResolvedPlot } from './useResolvedPlot';

/** The image of one figure in the preview, drawn by the same renderer as the form and the exports. */
export default function PreviewFigureImage({
  plotId,
  theme,
}: {
  plotId: string;
  /** The app's theme when not given; paper is always light. */
  theme?: PlotThemeName | undefined;
}) {
  const resolved = useResolvedPlot(plotId);
  const models = usePlotModels();
  return resolved === undefined ? null : (
    <PlotImage
      plot={resolved.plot}
      models={models}
      valueTexts={resolved.valueTexts}
      theme={theme}
    />
  );
}
