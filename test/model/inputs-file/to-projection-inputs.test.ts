import { describe, expect, it } from 'vitest';
import { survivalFromMx } from '../../../src/model/engine/life-table';
import { project } from '../../../src/model/engine/project';
import { parseInputsFile, toProjectionInputs, type InputsFile } from '../../../src/model/inputs-file';
import { smallInputsFile } from './small-file';

function validSmallFile(): InputsFile {
  const parsed = parseInputsFile(smallInputsFile());
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

describe('toProjectionInputs', () => {
  const file = validSmallFile();
  const inputs = toProjectionInputs(file);
  /** The file's rates do not depend on the start population; any array will do. */
  const stepInputs = (t: number) => inputs.stepInputs(t, new Float64Array(0));

  it('copies the setup and the base population (one state)', () => {
    expect(inputs).toMatchObject({ startYear: 2000, steps: 3, openAge: 3, migrationTiming: 'end' });
    expect(inputs.base).toHaveLength(1);
    expect(Array.from(inputs.base[0].female)).toEqual(file.basePopulation.female);
    expect(inputs.birthState).toBeUndefined();
  });

  it('passes survival ratios, asfr, srb and migrants of each year through unchanged', () => {
    const step = stepInputs(0);
    expect(step.transfers).toEqual([]);
    expect(step.rates).toHaveLength(1);
    const [r] = step.rates;
    expect(Array.from(r.survival.male)).toEqual(file.years['2000'].survival?.male);
    expect(Array.from(r.asfr)).toEqual(file.years['2000'].asfr);
    expect(r.srb).toBe(1.05);
    expect(Array.from(r.netMigrants.male)).toEqual([1, 2, -3, 0]);
  });

  it('derives survival from mx with ax, and from mx alone with the sex-specific a0 rule', () => {
    const withAx = stepInputs(2).rates[0].survival;
    const y2002 = file.years['2002'];
    expect(withAx.female).toEqual(survivalFromMx(Float64Array.from(y2002.mx!.female), Float64Array.from(y2002.ax!.female)));
    const mxOnly = stepInputs(1).rates[0].survival;
    const y2001 = file.years['2001'];
    expect(mxOnly.male).toEqual(survivalFromMx(Float64Array.from(y2001.mx!.male), undefined, undefined, { sex: 'male' }));
    expect(mxOnly.female).toEqual(survivalFromMx(Float64Array.from(y2001.mx!.female), undefined, undefined, { sex: 'female' }));
  });

  it('builds each step once: repeated calls return the same object', () => {
    expect(stepInputs(1)).toBe(stepInputs(1));
    expect(stepInputs(1).rates[0].survival.male).toBe(stepInputs(1).rates[0].survival.male);
  });

  it('throws for a step outside the file', () => {
    expect(() => stepInputs(3)).toThrow(RangeError);
  });

  it('runs in the engine', () => {
    const result = project(inputs);
    expect(result.population).toHaveLength(4);
    expect(result.births[0][1]).toBeGreaterThan(0);
    expect(result.caps).toBe(0);
  });
});
