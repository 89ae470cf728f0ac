/**
 * Deeply nested JSON cannot crash the loaders: a 12 KB scenario whose lever value is an array nested
 * 5,000 deep is refused with a plain reason by the CLI and by the app's loader, before any recursive
 * walk (schema checks, JSON.stringify in a message) could overflow the call stack.
 */
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../src/host/scenario-check';
import { jsonLimitProblem } from '../../src/model/json-limits';
import { parseScenarioText, SCENARIO_FORMAT } from '../../src/model/scenario-file/scenario-file';
import { parseWalkthroughText } from '../../src/model/walkthrough-file/walkthrough-file';
import { runCli } from '../cli/support/cli-harness';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `value` wrapped in `depth` arrays, as JSON text. */
const nestedArray = (depth: number, value = '1') => `${'['.repeat(depth)}${value}${']'.repeat(depth)}`;
/** The file: a scenario whose lever value is nested 5,000 arrays deep (about 12 KB). */
const deepScenario = `{"format":"${SCENARIO_FORMAT}","version":1,"name":"深","levers":{"talentInflow":${nestedArray(5000)}}}`;

describe('jsonLimitProblem', () => {
  it('counts levels of arrays and objects, without recursion even 100,000 deep', () => {
    const limits = { maxDepth: 3, maxValues: 100 };
    expect(jsonLimitProblem(JSON.parse(nestedArray(3)), limits)).toBeUndefined();
    expect(jsonLimitProblem({ a: { b: [1] } }, limits)).toBeUndefined();
    expect(jsonLimitProblem(JSON.parse(nestedArray(4)), limits)).toBe('it is nested more than 3 levels deep (arrays or objects inside one another)');
    expect(jsonLimitProblem({ a: { b: [{}] } }, limits)).toMatch(/nested more than 3 levels/);
    expect(jsonLimitProblem(JSON.parse(nestedArray(100_000)), limits)).toMatch(/nested more than 3 levels/);
  });

  it('counts values, the root included', () => {
    expect(jsonLimitProblem(new Array(99).fill(0), { maxDepth: 5, maxValues: 100 })).toBeUndefined();
    expect(jsonLimitProblem(new Array(100).fill(0), { maxDepth: 5, maxValues: 100 })).toBe('it holds more than 100 values');
  });
});

describe('a scenario nested 5,000 deep', () => {
  it('is about 12 KB, as in the report', () => {
    expect(deepScenario.length).toBeGreaterThan(10_000);
    expect(deepScenario.length).toBeLessThan(13_000);
  });

  it('the model’s loader refuses it as invalid, naming the nesting', () => {
    const result = parseScenarioText(deepScenario);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalid', message: expect.stringMatching(/nested more than \d+ levels deep/) }) });
  });

  it('the app’s gate returns an error value instead of throwing', () => {
    expect(checkScenarioText(deepScenario, '深.json')).toMatchObject({ ok: false, error: { status: 'error', kind: 'invalid' } });
  });

  it('a walkthrough nested as deep is refused the same way', () => {
    const text = `{"format":"xiqing-population-walkthrough","version":1,"title":"t","steps":${nestedArray(5000)}}`;
    expect(parseWalkthroughText(text)).toMatchObject({ ok: false, error: { kind: 'invalid', message: expect.stringMatching(/nested more than/) } });
  });

  it('the CLI exits 2 with a plain reason, not 1 with a stack overflow', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deep-'));
    const file = join(dir, 'deep.json');
    await writeFile(file, deepScenario);
    const run = await runCli([file]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/call stack/);
    expect(run.stderr).toMatch(/nested more than \d+ levels deep/);
    // Nested past the CLI's own limit, even an inputs file is refused before it is walked.
    await writeFile(file, `{"format":"population-projection-inputs","version":1,"basePopulation":${nestedArray(100_000)}}`);
    const deeper = await runCli([file]);
    expect(deeper.code).toBe(2);
    expect(deeper.stderr).toBe(`project: ${file} cannot be read: it is nested more than 64 levels deep (arrays or objects inside one another)\n`);
  });
});
