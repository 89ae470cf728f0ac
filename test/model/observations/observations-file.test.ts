/** The observations file: validation with located messages, v1 round trip, refusals, the shipped example. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import example from '../../../src/model/observations/data/xiqing-year-end.observations.json';
import { OBSERVED_COLUMNS, withObservedColumns } from '../../../src/model/observations/observed-columns';
import { observedValue, parseObservations, parseObservationsText, serializeObservations } from '../../../src/model/observations/observations-file';

const exampleText = readFileSync('src/model/observations/data/xiqing-year-end.observations.json', 'utf8');
const file = (observations: unknown[], extra: object = {}) => ({ format: 'xiqing-observations', version: 1, name: 'mine', observations, ...extra });

describe('observations file', () => {
  it('the shipped example holds only Xiqing figures, each with a source URL and a grade', () => {
    const r = parseObservations(example);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file.observations.map((o) => o.year)).toEqual([2022, 2023]);
    for (const o of r.file.observations) {
      expect(o.source).toMatch(/西青区统计公报.*https:\/\//);
      expect(o.grade).toBe('B');
    }
    // The figures as the bulletins word them (万人, two decimals).
    expect(observedValue(r.file, 2022, 'residents')).toBe(Math.round(118.62 * 10_000));
    expect(observedValue(r.file, 2023, 'hukouPopulation')).toBe(Math.round(49.16 * 10_000));
    expect(observedValue(r.file, 2021, 'residents')).toBeUndefined();
  });

  it('round-trips version 1 byte for byte, years in order', () => {
    const r = parseObservationsText(exampleText);
    expect(r.ok && serializeObservations(r.file)).toBe(exampleText);
    const shuffled = parseObservations(file([{ year: 2023, births: 9000 }, { year: 2021, residents: 1_200_000 }]));
    expect(shuffled.ok && JSON.parse(serializeObservations(shuffled.file)).observations).toEqual([{ year: 2021, residents: 1_200_000 }, { year: 2023, births: 9000 }]);
  });

  it('every field but the year is optional', () => {
    const r = parseObservations(file([{ year: 2024 }, { year: 2025, deaths: 5000, grade: 'U' }]));
    expect(r.ok).toBe(true);
  });

  it('says where a file is wrong', () => {
    const r = parseObservations(file([
      { year: 2022, residents: 1_186_200 },
      { year: 2022, residents: -1 },
      { year: 2023.5 },
      { year: 2024, hukouPopulation: 'lots' },
      { year: 2025, grade: 'E' },
      { year: 2026, resident: 5 },
    ]));
    expect(!r.ok && r.error.kind).toBe('invalid');
    if (r.ok || r.error.kind !== 'invalid') return;
    expect(r.error.issues).toEqual([
      'observations.1.residents: must be ≥ 0',
      'observations.2.year: must be a whole year',
      expect.stringMatching(/^observations\.3\.hukouPopulation: /),
      'observations.4.grade: must be one of A, B, C, D, U',
      expect.stringMatching(/^observations\.5: .*resident/),
    ]);
    const twice = parseObservations(file([{ year: 2022, residents: 1_186_200 }, { year: 2022, births: 9000 }]));
    expect(!twice.ok && twice.error.kind === 'invalid' && twice.error.issues).toEqual(['observations.1.year: 2022 is given twice (also observations.0)']);
    const units = parseObservations(file([{ year: 2022, residents: 118.62, hukouPopulation: 484_300, births: 9000 }]));
    expect(!units.ok && units.error.kind === 'invalid' && units.error.issues).toEqual([
      'observations.0.hukouPopulation: 484300 is more than twice the residents (118.62); check the units',
      'observations.0.births: 9000 is more than a fifth of the residents (118.62); check the units',
    ]);
  });

  it('damaged, foreign and future files get their own kind', () => {
    expect(!parseObservationsText(exampleText.slice(0, 50)).ok && (parseObservationsText('{').ok === false)).toBe(true);
    const foreign = parseObservationsText(readFileSync('src/model/targets/data/xiqing-plan-2021-2025.targets.json', 'utf8'));
    expect(!foreign.ok && foreign.error.kind).toBe('foreign');
    const future = parseObservations({ ...example, version: 7 });
    expect(!future.ok && future.error).toMatchObject({ kind: 'future-version', version: 7 });
  });

  it('joins as observed* columns by year, null where nothing was observed', () => {
    const rows = withObservedColumns([{ year: 2021 }, { year: 2022 }], example as Parameters<typeof withObservedColumns>[1]);
    expect(OBSERVED_COLUMNS).toEqual(['observedResidents', 'observedHukouPopulation', 'observedBirths', 'observedDeaths']);
    expect(rows[0]).toEqual({ year: 2021, observedResidents: null, observedHukouPopulation: null, observedBirths: null, observedDeaths: null });
    expect(rows[1]).toMatchObject({ observedResidents: 1_186_200, observedHukouPopulation: 484_300, observedBirths: null });
  });
});
