import { describe, expect, it } from 'vitest';
import { rake } from '../../../src/model/areas';

describe('rake (iterative proportional fitting)', () => {
  it('meets row and column totals and keeps the seed’s odds ratios', () => {
    // 2 × 2 with a hand-checkable answer: seed [[1,1],[1,3]], rows 10/10, cols 8/12.
    const m = rake(Float64Array.from([1, 1, 1, 3]), 2, 2, [10, 10], [8, 12]);
    expect(m[0] + m[1]).toBeCloseTo(10, 9);
    expect(m[2] + m[3]).toBeCloseTo(10, 9);
    expect(m[0] + m[2]).toBeCloseTo(8, 12);
    expect(m[1] + m[3]).toBeCloseTo(12, 12);
    expect((m[0] * m[3]) / (m[1] * m[2])).toBeCloseTo(3, 9);
  });

  it('fills a column the seed left empty', () => {
    const m = rake(Float64Array.from([1, 0, 1, 0]), 2, 2, [5, 5], [6, 4]);
    expect(m[1] + m[3]).toBeCloseTo(4, 12);
    expect(m[0] + m[1]).toBeCloseTo(5, 9);
  });
});
