import { describe, expect, it } from 'vitest';
import { parseInputsFile } from '../../../src/model/inputs-file';
import { smallInputsFile } from './small-file';

/** The errors of parsing `smallInputsFile()` after `breakIt` changed it. */
function errorsAfter(breakIt: (file: ReturnType<typeof smallInputsFile>) => void): string[] {
  const file = smallInputsFile();
  breakIt(file);
  const result = parseInputsFile(file);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

describe('parseInputsFile: a valid file', () => {
  it('accepts the small hand-made file and returns its values', () => {
    const result = parseInputsFile(smallInputsFile());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.startYear).toBe(2000);
    expect(result.value.years['2001'].mx?.female).toEqual([0.008, 0.01, 0.03, 0.4]);
    expect(result.value.years['2000'].survival?.male[3]).toBe(0.5);
  });

  it('accepts a description and "even" timing, negative migrants, ax above 1 in the open group', () => {
    const file = smallInputsFile();
    file.description = 'made by hand';
    file.migrationTiming = 'even';
    expect(parseInputsFile(file)).toMatchObject({ ok: true, value: { description: 'made by hand', migrationTiming: 'even' } });
  });

  it('does not throw on anything JSON.parse can return', () => {
    for (const value of [null, 0, 'x', true, [], {}, [1, 2]]) {
      expect(() => parseInputsFile(value)).not.toThrow();
      expect(parseInputsFile(value).ok).toBe(false);
    }
  });
});

describe('parseInputsFile: malformed files, one message each', () => {
  const cases: [string, (f: ReturnType<typeof smallInputsFile>) => void, string][] = [
    ['wrong vector length', (f) => f.years['2001'].mx.female.pop(), 'years.2001.mx.female has 3 values, expected 4'],
    ['long base vector', (f) => f.basePopulation.male.push(1), 'basePopulation.male has 5 values, expected 4'],
    ['missing year', (f) => delete f.years['2001'], 'years.2001 is missing (steps 3 from 2000 need years 2000..2002)'],
    [
      'several missing years',
      (f) => (f.years = { '2001': f.years['2001'] }),
      'years 2000, 2002 are missing (steps 3 from 2000 need years 2000..2002)',
    ],
    ['extra year', (f) => (f.years['2003'] = f.years['2002']), 'years.2003 is outside the projection (steps 3 from 2000 need years 2000..2002)'],
    ['a key that is not a year', (f) => (f.years.y2000 = f.years['2000']), 'years.y2000 is not a year (keys must be whole years such as "1950")'],
    [
      'both survival and mx',
      (f) => (f.years['2000'].mx = f.years['2001'].mx),
      'years.2000 gives both survival and mx; give exactly one of them',
    ],
    [
      'neither survival nor mx',
      (f) => delete f.years['2001'].mx,
      'years.2001 gives neither survival nor mx; give exactly one of them (survival ratios, or death rates mx with optional ax)',
    ],
    ['ax with survival', (f) => (f.years['2000'].ax = f.years['2002'].ax), 'years.2000.ax is only used with mx, but this year gives survival'],
    ['non-number in a vector', (f) => (f.years['2000'].asfr[2] = '0.4'), 'years.2000.asfr[2] must be a number (got "0.4")'],
    ['null in a vector', (f) => (f.years['2002'].netMigrants.female[0] = null), 'years.2002.netMigrants.female[0] must be a number (got null)'],
    ['infinite number', (f) => (f.basePopulation.female[1] = Infinity), 'basePopulation.female[1] must be a finite number (got Infinity)'],
    ['negative asfr', (f) => (f.years['2000'].asfr[1] = -0.1), 'years.2000.asfr[1] must not be negative (got -0.1)'],
    [
      'several negative asfr',
      (f) => (f.years['2000'].asfr = [-1, -2, -3, 0]),
      'years.2000.asfr[0] must not be negative (got -1; 2 more values in this list have the same problem)',
    ],
    ['negative population', (f) => (f.basePopulation.male[0] = -5), 'basePopulation.male[0] must not be negative (got -5)'],
    ['survival above 1', (f) => (f.years['2000'].survival.female[2] = 1.01), 'years.2000.survival.female[2] must be between 0 and 1 (got 1.01)'],
    ['negative mx', (f) => (f.years['2001'].mx.male[1] = -0.02), 'years.2001.mx.male[1] must not be negative (got -0.02)'],
    ['zero open-age mx', (f) => (f.years['2001'].mx.male[3] = 0), 'years.2001.mx.male[3] must be greater than 0 (got 0)'],
    ['ax above 1 below the open age', (f) => (f.years['2002'].ax.male[0] = 1.5), 'years.2002.ax.male[0] must be between 0 and 1 (got 1.5)'],
    ['zero srb', (f) => (f.years['2000'].srb = 0), 'years.2000.srb must be greater than 0 (got 0)'],
    ['srb as text', (f) => (f.years['2000'].srb = '1.05'), 'years.2000.srb must be a number (got "1.05")'],
    ['missing srb', (f) => delete f.years['2000'].srb, 'years.2000.srb is missing'],
    ['vector not a list', (f) => (f.years['2000'].asfr = 0.5), 'years.2000.asfr must be a list of 4 numbers (got 0.5)'],
    ['missing sex', (f) => delete f.years['2000'].netMigrants.female, 'years.2000.netMigrants.female is missing'],
    [
      'by-sex not an object',
      (f) => (f.basePopulation = [1, 2]),
      'basePopulation must be an object with "male", "female" (got a list of 2 values)',
    ],
    [
      'year not an object',
      (f) => (f.years['2002'] = 'none'),
      'years.2002 must be an object with "asfr", "srb", "survival", "mx", "ax", "netMigrants" (got "none")',
    ],
    [
      'years not an object',
      (f) => (f.years = []),
      'years must be an object with one entry per year, e.g. "1950": {...} (got a list of 0 values)',
    ],
    [
      'misspelt field in a year',
      (f) => (f.years['2000'].netMigration = f.years['2000'].netMigrants),
      'years.2000 has an unknown field "netMigration" (allowed: asfr, srb, survival, mx, ax, netMigrants)',
    ],
    [
      'unknown top-level field',
      (f) => (f.extra = 1),
      'the file has an unknown field "extra" (allowed: format, version, description, startYear, steps, openAge, migrationTiming, basePopulation, years)',
    ],
    ['bad timing', (f) => (f.migrationTiming = 'middle'), 'migrationTiming must be "end" or "even" (got "middle")'],
    ['missing timing', (f) => delete f.migrationTiming, 'migrationTiming is missing'],
    ['fractional start year', (f) => (f.startYear = 2000.5), 'startYear must be a whole number (got 2000.5)'],
    ['zero steps', (f) => (f.steps = 0), 'steps must be a whole number from 1 to 10000 (got 0)'],
    ['open age as text', (f) => (f.openAge = '3'), 'openAge must be a number (got "3")'],
    ['description not text', (f) => (f.description = 5), 'description must be text (got 5)'],
  ];

  it.each(cases)('%s', (_label, breakIt, message) => {
    expect(errorsAfter(breakIt)).toContain(message);
  });

  it('reports a wrong format alone', () => {
    expect(errorsAfter((f) => (f.format = 'xiqing-population-scenario'))).toEqual([
      'format must be "population-projection-inputs" (got "xiqing-population-scenario")',
    ]);
    expect(errorsAfter((f) => delete f.format)).toEqual(['format must be "population-projection-inputs" (got nothing)']);
  });

  it('reports a wrong version alone', () => {
    expect(errorsAfter((f) => (f.version = 2))).toEqual(['version must be 1 (got 2)']);
    expect(errorsAfter((f) => (f.version = '1'))).toEqual(['version must be 1 (got "1")']);
  });

  it('rejects a file that is not an object', () => {
    expect(parseInputsFile([1, 2, 3])).toEqual({ ok: false, errors: ['the file must be a JSON object (got a list of 3 values)'] });
    expect(parseInputsFile(null)).toEqual({ ok: false, errors: ['the file must be a JSON object (got null)'] });
    expect(parseInputsFile('text')).toEqual({ ok: false, errors: ['the file must be a JSON object (got "text")'] });
  });

  it('reports every problem of a file at once', () => {
    const errors = errorsAfter((f) => {
      f.years['2001'].mx.female.pop();
      f.years['2000'].asfr[1] = -1;
      delete f.years['2002'];
      f.migrationTiming = 'x';
    });
    expect(errors).toHaveLength(4);
  });

  it('still checks each year when openAge is invalid (lengths unknown) and skips coverage when steps is invalid', () => {
    const errors = errorsAfter((f) => {
      f.openAge = -1;
      f.steps = 'many';
      f.years['2000'].srb = -1;
      delete f.years['2001'];
    });
    expect(errors).toEqual([
      'steps must be a number (got "many")',
      'openAge must be a whole number from 1 to 200 (got -1)',
      'years.2000.srb must be greater than 0 (got -1)',
    ]);
  });

  it('quotes path keys that would be ambiguous', () => {
    expect(errorsAfter((f) => (f.years['2000.5'] = f.years['2000']))).toContain(
      'years["2000.5"] is not a year (keys must be whole years such as "1950")',
    );
  });
});
