/**
 * The 2020 base population: the published figures it must reproduce (census bulletin, yearbook hukou
 * location, plan's register population), its internal consistency, and that the committed JSON is
 * exactly what `scripts/build-base-population.ts` makes from the reference files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BULLETIN_2020 } from '../../../scripts/base-population/build';
import { buildBasePopulation, formatBaseJson, outputPath, readReference } from '../../../scripts/build-base-population';
import { BASE_OPEN_AGE, hukouPopulation, loadBasePopulation } from '../../../src/model/xiqing/base-population';
import { STATES } from '../../../src/model/xiqing/hukou-states';

const base = loadBasePopulation();
const SEXES = ['male', 'female'] as const;

/** Persons aged from..to (inclusive) in the given states, both sexes. */
function count(from: number, to: number, states: readonly number[] = [0, 1, 2], sexes: readonly ('male' | 'female')[] = SEXES): number {
  let s = 0;
  for (const st of states) for (const sex of sexes) for (let a = from; a <= to; a++) s += base.residents[st][sex][a];
  return s;
}
const total = count(0, BASE_OPEN_AGE);
const pp = (share: number) => 100 * share;

describe('2020 base population: published figures', () => {
  it('residents total 1,195,124 (±1)', () => {
    expect(Math.abs(total - 1_195_124)).toBeLessThanOrEqual(1);
  });

  it.each([
    ['0–14', 0, 14, 12.02],
    ['15–64', 15, 64, 77.19],
    ['60+', 60, BASE_OPEN_AGE, 16.47],
    ['65+', 65, BASE_OPEN_AGE, 10.79],
  ])('share %s is the bulletin figure (±0.01 pp)', (_label, from, to, expected) => {
    expect(Math.abs(pp(count(from, to) / total) - expected)).toBeLessThanOrEqual(0.01);
  });

  it('15–59 share is 71.51% (±0.01 pp)', () => {
    expect(Math.abs(pp(count(15, 59) / total) - 71.51)).toBeLessThanOrEqual(0.01);
  });

  it('men 52.62% (±0.05 pp)', () => {
    expect(Math.abs(pp(count(0, BASE_OPEN_AGE, [0, 1, 2], ['male']) / total) - 52.62)).toBeLessThanOrEqual(0.05);
  });

  it('hukou in another Tianjin district 268,928 and outside Tianjin 446,228 (±1 each), students included', () => {
    expect(Math.abs(count(0, BASE_OPEN_AGE, [1]) - 268_928)).toBeLessThanOrEqual(1);
    expect(Math.abs(count(0, BASE_OPEN_AGE, [2]) - 446_228)).toBeLessThanOrEqual(1);
    expect(Math.abs(count(0, BASE_OPEN_AGE, [0]) - (1_195_124 - 268_928 - 446_228))).toBeLessThanOrEqual(1);
  });

  it('hukou population 465.9 k (±0.1 k) = local + reconciliation', () => {
    const local = count(0, BASE_OPEN_AGE, [0]);
    expect(base.hukouReconciliation).toBe(465_900 - 479_968);
    expect(base.registerHukouPopulation).toBe(465_900);
    expect(Math.abs(hukouPopulation(local, base.hukouReconciliation) - 465_900)).toBeLessThanOrEqual(100);
  });

  it('age 0 is the published census count (3,615 boys, 3,347 girls)', () => {
    expect(count(0, 0, [0, 1, 2], ['male'])).toBeCloseTo(3615, 2);
    expect(count(0, 0, [0, 1, 2], ['female'])).toBeCloseTo(3347, 2);
  });

  it('the bulletin constants used by the build are the published ones', () => {
    expect(BULLETIN_2020.residents).toBe(1_195_124);
    expect(BULLETIN_2020.share15to64).toBeCloseTo(BULLETIN_2020.share15to59 + BULLETIN_2020.share60plus - BULLETIN_2020.share65plus, 12);
  });
});

describe('2020 base population: consistency', () => {
  it('has three states in engine order, two sexes, ages 0..100', () => {
    expect(base.residents).toHaveLength(STATES.length);
    expect(base.students).toHaveLength(STATES.length);
    for (const pop of [...base.residents, ...base.students]) for (const sex of SEXES) expect(pop[sex]).toHaveLength(BASE_OPEN_AGE + 1);
    STATES.forEach((name, i) => expect(base.residentsByState[name].male).toEqual(base.residents[i].male));
  });

  it('every cell is finite and ≥ 0', () => {
    for (const pop of [...base.residents, ...base.students]) {
      for (const sex of SEXES) for (const v of pop[sex]) expect(Number.isFinite(v) && v >= 0).toBe(true);
    }
  });

  it('students never exceed the state they are counted in, at any age and sex', () => {
    for (let s = 0; s < STATES.length; s++) {
      for (const sex of SEXES) {
        for (let a = 0; a <= BASE_OPEN_AGE; a++) expect(base.students[s][sex][a]).toBeLessThanOrEqual(base.residents[s][sex][a]);
      }
    }
  });

  it('students are university-age only (17–24) and number in the tens of thousands', () => {
    let students = 0;
    for (const st of base.students) {
      for (const sex of SEXES) {
        st[sex].forEach((v, a) => {
          if (a < 17 || a > 24) expect(v).toBe(0);
          students += v;
        });
      }
    }
    expect(students).toBeGreaterThan(40_000);
    // Students live in collective quarters: they cannot outnumber its 320,808 residents (yearbook).
    expect(students).toBeLessThan(320_808);
  });

  it('keeps the yearbook age-sex proportions within each bulletin band (one raking factor per band and sex)', () => {
    const text = readReference('census2020_agesex_xiqing_tianjin_china.csv');
    const rows = text.trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
    const yb = (row: number, col: number) => Number.parseInt(rows[row][col], 10);
    // Rows 2.. are 5–9, 10–14, …; Xiqing columns 1 (men) and 2 (women).
    const bands: [number, number][] = [
      [1, 3], // 1–4 … 10–14 (age 0 is kept as published)
      [4, 12], // 15–19 … 55–59
      [14, 18], // 65–69 … 85+
    ];
    SEXES.forEach((sex, c) => {
      for (const [first, last] of bands) {
        const ratios: number[] = [];
        for (let r = first; r <= last; r++) {
          const from = r === 1 ? 1 : 5 * (r - 1);
          const to = r === 1 ? 4 : r === 18 ? BASE_OPEN_AGE : from + 4;
          ratios.push(count(from, to, [0, 1, 2], [sex]) / yb(r, c + 1));
        }
        for (const q of ratios) expect(q / ratios[0]).toBeCloseTo(1, 6); // cells are rounded to 1e-4 persons
      }
    });
  });
});

describe('2020 base population: reproducible from the reference files', () => {
  const committedText = readFileSync(outputPath, 'utf8');
  const rebuilt = buildBasePopulation(readReference);

  it('re-running the build core gives the committed JSON exactly', () => {
    expect(rebuilt).toEqual(JSON.parse(committedText));
    expect(formatBaseJson(rebuilt)).toBe(committedText);
  });

  it('names the script that generated it', () => {
    expect(JSON.parse(committedText).generatedBy).toBe('scripts/build-base-population.ts');
  });
});
