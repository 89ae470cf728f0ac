import { describe, expect, it } from 'vitest';
import type { ProjectionResult } from '../../../src/model/engine/types';
import { project } from '../../../src/model/engine/project';
import {
  CSV_HEADER,
  parseInputsFile,
  resultToCsv,
  resultToJson,
  resultToJsonValue,
  toProjectionInputs,
} from '../../../src/model/inputs-file';
import { smallInputsFile } from './small-file';

function smallResult(): ProjectionResult {
  const parsed = parseInputsFile(smallInputsFile());
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return project(toProjectionInputs(parsed.value));
}

/** A two-state result with hand-picked numbers (open age 1, one step). */
function twoStateResult(): ProjectionResult {
  const f = (...v: number[]) => Float64Array.from(v);
  return {
    startYear: 2020,
    steps: 1,
    openAge: 1,
    states: 2,
    // [state0 male 0..1, state0 female 0..1, state1 male 0..1, state1 female 0..1]
    population: [f(1, 2, 3, 4, 10, 20, 30, 40), f(0.1, 0.2, 0.3, 0.4, 1, 2, 3, 4)],
    births: [f(5, 6, 7, 8)],
    deaths: [f(1, 2, 3, 4)],
    netMigration: [f(0, 0, 0, 0)],
    transfers: [f(0, 0, 0, 0)],
    caps: 0,
  };
}

describe('resultToJson', () => {
  const result = smallResult();

  it('has exactly years, population, births and deaths, keyed by year', () => {
    const json = JSON.parse(resultToJson(result));
    expect(Object.keys(json)).toEqual(['years', 'population', 'births', 'deaths']);
    expect(json.years).toEqual([2000, 2001, 2002, 2003]);
    expect(Object.keys(json.population)).toEqual(['2000', '2001', '2002', '2003']);
    expect(Object.keys(json.population['2003'])).toEqual(['male', 'female']);
    expect(json.population['2003'].female).toHaveLength(4);
    // Flows of step t → t+1 sit under year t: the last year has none.
    expect(Object.keys(json.births)).toEqual(['2000', '2001', '2002']);
    expect(Object.keys(json.deaths)).toEqual(['2000', '2001', '2002']);
    expect(Object.keys(json.births['2000'])).toEqual(['male', 'female']);
  });

  it('writes every number at full double precision', () => {
    const json = JSON.parse(resultToJson(result));
    const n = result.openAge + 1;
    for (let t = 0; t <= result.steps; t++) {
      expect(json.population[2000 + t].male).toEqual(Array.from(result.population[t].subarray(0, n)));
      expect(json.population[2000 + t].female).toEqual(Array.from(result.population[t].subarray(n, 2 * n)));
    }
    expect(json.births['2001']).toEqual({ male: result.births[1][0], female: result.births[1][1] });
    expect(json.deaths['2002']).toEqual({ male: result.deaths[2][0], female: result.deaths[2][1] });
  });

  it('matches resultToJsonValue and ends with a newline', () => {
    const text = resultToJson(result);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(resultToJsonValue(result));
  });

  it('sums a multi-state result over its states', () => {
    const json = resultToJsonValue(twoStateResult());
    expect(json.population['2020']).toEqual({ male: [11, 22], female: [33, 44] });
    expect(json.population['2021'].male).toEqual([1.1, 2.2]);
    expect(json.births['2020']).toEqual({ male: 12, female: 14 });
    expect(json.deaths['2020']).toEqual({ male: 4, female: 6 });
  });
});

describe('resultToCsv', () => {
  const result = smallResult();
  const lines = resultToCsv(result).split('\n');

  it('has the header and one row per year, sex and age', () => {
    expect(lines[0]).toBe(CSV_HEADER);
    expect(CSV_HEADER).toBe('year,sex,age,population');
    expect(lines.at(-1)).toBe(''); // trailing newline
    expect(lines.length - 2).toBe((result.steps + 1) * 2 * (result.openAge + 1));
  });

  it('orders rows by year, sex (male first), age, with the open group as its index', () => {
    expect(lines.slice(1, 6).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '2000,male,0',
      '2000,male,1',
      '2000,male,2',
      '2000,male,3',
      '2000,female,0',
    ]);
    expect(lines[lines.length - 2].startsWith('2003,female,3,')).toBe(true);
  });

  it('writes full-precision numbers that parse back exactly', () => {
    const n = result.openAge + 1;
    const row = lines.find((l) => l.startsWith('2003,female,2,'))!;
    expect(Number(row.split(',')[3])).toBe(result.population[3][n + 2]);
  });
});
