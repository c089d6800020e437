import { describe, expect, it } from 'vitest';
import { planNumericAxis, type NumericAxisRequest } from '@/plot/planNumericAxis';

const request: NumericAxisRequest = {
  extent: [0.02, 3.7],
  logarithmic: false,
  range: [400, 40],
  orientation: 'vertical',
  fontSize: 12,
  nice: true,
  padding: 0.03,
};

describe('planNumericAxis', () => {
  it('pads a positive extent without crossing zero', () => {
    const axis = planNumericAxis(request);
    expect(axis.scale.domain()[0]).toBe(0);
    expect(Math.min(...axis.ticks)).toBe(0);
  });

  it('pads a negative extent without crossing zero, and one across zero on both sides', () => {
    const negative = planNumericAxis({ ...request, extent: [-3.7, -0.02] });
    expect(negative.scale.domain()[1]).toBe(0);
    const across = planNumericAxis({ ...request, extent: [-1, 1], nice: false });
    expect(across.scale.domain()).toEqual([-1.06, 1.06]);
  });
});
