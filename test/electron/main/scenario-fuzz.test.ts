import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostErrorKind, OpenResult } from '../../../src/host/contract';
import { checkScenarioText, type CheckedScenario } from '../../../src/host/scenario-check';
import { LEVER_IDS } from '../../../src/model/xiqing/levers/lever-specs';
import { SCENARIO_VERSION, parseScenarioText, serializeScenario } from '../../../src/model/scenario-file/scenario-file';
import { openScenarioAt } from '../../../electron/main/scenario-files';
import { makeTempFolder } from '../../helpers/folders';

// Fuzzing the scenario loader the hosts use (the model's parseScenarioText behind checkScenarioText):
// whatever the text, it returns a scenario or a typed error — it never throws, never returns anything else.

const RUNS = 3000;
const LOADER_KINDS: HostErrorKind[] = ['not-json', 'foreign', 'future-version', 'invalid'];
const valid = ['test/helpers/fixtures/scenario-v1.json', 'scenarios/trend.json', 'scenarios/talent-led.json', 'scenarios/three-child-uplift.json', 'scenarios/central-city-surge.json']
  .map((path) => readFileSync(path, 'utf8'));

/** Outcomes per input family, printed at the end (the issue asks for the counts). */
const counts: Record<string, Record<string, number>> = {};

function expectLoaderResult(family: string, result: CheckedScenario): void {
  const outcome = result.ok ? 'scenario' : result.error.kind;
  counts[family] ??= {};
  counts[family][outcome] = (counts[family][outcome] ?? 0) + 1;
  if (result.ok) {
    expect(result.scenario.format).toBe('xiqing-population-scenario');
    expect(result.scenario.version).toBe(SCENARIO_VERSION);
    expect(result.scenario.name.trim().length).toBeGreaterThan(0);
    // What was accepted saves and reopens as the same scenario.
    const again = parseScenarioText(serializeScenario(result.scenario));
    expect(again.ok && again.scenario).toEqual(result.scenario);
  } else {
    const keys = result.error.kind === 'future-version' ? ['kind', 'message', 'status', 'version'] : ['kind', 'message', 'status'];
    // An invalid file also names the field that broke (when the loader can point at one).
    const named = result.error.kind === 'invalid' && result.error.field !== undefined;
    expect(Object.keys(result.error).sort()).toEqual(named ? ['field', 'kind', 'message', 'status'] : keys);
    if (named) expect(result.error.message).toContain(result.error.field);
    expect(result.error.status).toBe('error');
    expect(LOADER_KINDS).toContain(result.error.kind);
    expect(typeof result.error.message === 'string' && result.error.message.length > 0).toBe(true);
    if (result.error.kind === 'future-version') expect(result.error.version).toBeGreaterThan(SCENARIO_VERSION);
  }
}

/** Runs the loader, turning a throw into a test failure that shows the input. */
function load(family: string, text: string): void {
  let result: CheckedScenario;
  try {
    result = checkScenarioText(text, 'fuzz.json');
  } catch (error) {
    throw new Error(`the loader threw on ${JSON.stringify(text.slice(0, 200))}: ${String(error)}`, { cause: error });
  }
  expectLoaderResult(family, result);
}

const leverValue = fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -100_000, max: 100_000 }), fc.jsonValue());
/** Objects shaped like scenario files, each field sometimes right and sometimes wrong. */
const mostly = <T, U>(right: fc.Arbitrary<T>, ...wrong: fc.Arbitrary<U>[]) =>
  fc.oneof({ arbitrary: right as fc.Arbitrary<T | U>, weight: 3 * wrong.length }, ...wrong);
/** Objects shaped like scenario files, each field mostly right and sometimes wrong, so inputs get past the first checks. */
const scenarioLike = fc.record({
  format: mostly(fc.constant('xiqing-population-scenario'), fc.string(), fc.jsonValue()),
  version: mostly(fc.constant(1), fc.integer({ min: -3, max: 5 }), fc.double(), fc.string(), fc.jsonValue()),
  name: mostly(fc.string({ minLength: 1, maxLength: 250 }), fc.jsonValue()),
  description: mostly(fc.string(), fc.jsonValue()),
  levers: mostly(fc.dictionary(mostly(fc.constantFrom(...LEVER_IDS), fc.string()), leverValue, { maxKeys: 4 }), fc.jsonValue()),
  notes: mostly(fc.string(), fc.jsonValue()),
  extra: fc.jsonValue(),
}, { requiredKeys: ['format', 'version'] });

/** One structural change to a parsed valid file. */
const structural = fc.oneof(
  fc.record({ op: fc.constant('set' as const), key: fc.constantFrom('format', 'version', 'name', 'description', 'levers', 'notes', 'unknown'), value: fc.jsonValue() }),
  fc.record({ op: fc.constant('delete' as const), key: fc.constantFrom('format', 'version', 'name', 'description', 'levers', 'notes') }),
  fc.record({ op: fc.constant('lever' as const), key: fc.oneof(fc.constantFrom(...LEVER_IDS), fc.string({ maxLength: 12 })), value: leverValue }),
  fc.record({ op: fc.constant('version' as const), value: fc.integer({ min: -2, max: 1000 }) }),
);

/** One textual change to a valid file's text (what a bad disk, a bad editor or a bad e-mail does). */
const textual = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 8 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), char: fc.constantFrom('"', '{', '}', ',', ':', '\\', '0', 'e', '-', ' ', '\u0000', '\uFEFF') }),
);

describe('fuzzing the scenario loader', () => {
  afterAll(() => {
    const total = Object.values(counts).reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
    console.log(`scenario loader fuzzing: ${total} generated inputs`);
    for (const [family, outcomes] of Object.entries(counts)) {
      const n = Object.values(outcomes).reduce((a, b) => a + b, 0);
      console.log(`  ${family.padEnd(22)} ${String(n).padStart(5)}  ${Object.entries(outcomes).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    }
    expect(total).toBeGreaterThanOrEqual(10_000);
  });

  it('random JSON', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (text) => load('random JSON', text)), { numRuns: RUNS });
  });

  it('scenario-shaped JSON objects', () => {
    fc.assert(fc.property(scenarioLike, (value) => load('scenario-shaped JSON', JSON.stringify(value))), { numRuns: RUNS });
  });

  it('structural mutations of valid files', () => {
    fc.assert(fc.property(fc.constantFrom(...valid), fc.array(structural, { minLength: 1, maxLength: 4 }), (base, changes) => {
      const data = JSON.parse(base) as Record<string, unknown>;
      for (const change of changes) {
        if (change.op === 'set') data[change.key] = change.value;
        else if (change.op === 'delete') delete data[change.key];
        else if (change.op === 'version') data.version = change.value;
        else data.levers = { ...(typeof data.levers === 'object' ? data.levers : {}), [change.key]: change.value };
      }
      load('structural mutations', JSON.stringify(data, null, 2));
    }), { numRuns: RUNS });
  });

  it('textual mutations of valid files', () => {
    fc.assert(fc.property(fc.constantFrom(...valid), fc.array(textual, { minLength: 1, maxLength: 3 }), (base, changes) => {
      let text = base;
      for (const change of changes) {
        const at = change.at % (text.length + 1);
        if (change.op === 'truncate') text = text.slice(0, at);
        else if (change.op === 'insert') text = text.slice(0, at) + change.text + text.slice(at);
        else if (change.op === 'delete') text = text.slice(0, at) + text.slice(at + change.length);
        else text = text.slice(0, at) + change.char + text.slice(at + 1);
      }
      load('textual mutations', text);
    }), { numRuns: RUNS });
  });

  it('deeply nested values (arrays and objects up to 6,000 levels, anywhere in the file)', () => {
    const nested = fc.record({
      depth: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 40, max: 6000 })),
      wrapper: fc.constantFrom('array', 'object', 'mixed'),
      place: fc.constantFrom('lever', 'levers', 'name', 'format', 'extra', 'root'),
      base: fc.constantFrom(...valid),
    });
    fc.assert(fc.property(nested, ({ depth, wrapper, place, base }) => {
      let inner = '1';
      for (let level = 0; level < depth; level++) {
        const asArray = wrapper === 'array' || (wrapper === 'mixed' && level % 2 === 0);
        inner = asArray ? `[${inner}]` : `{"k":${inner}}`;
      }
      const data = JSON.parse(base) as Record<string, unknown>;
      const marker = '"__NESTED__"';
      if (place === 'lever') data.levers = { ...(data.levers as object), talentInflow: '__NESTED__' };
      else if (place !== 'root') data[place] = '__NESTED__';
      const text = place === 'root' ? inner : JSON.stringify(data).replace(marker, inner);
      load('deeply nested', text);
    }), { numRuns: 500 });
  });

  it('arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => load('arbitrary text', text)), { numRuns: 1000 });
  });

  it('random bytes and mutated files through the file reader on disk', async () => {
    const { dir, cleanup } = await makeTempFolder();
    try {
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        fc.tuple(fc.constantFrom(...valid), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 })).map(([base, at, junk]) => {
          const buffer = Buffer.from(base, 'utf8');
          const i = at % buffer.length;
          return Buffer.concat([buffer.subarray(0, i), Buffer.from(junk), buffer.subarray(i + junk.length)]);
        }),
      );
      await fc.assert(fc.asyncProperty(bytes, async (content) => {
        const path = join(dir, '模糊.json');
        await writeFile(path, content);
        const result: OpenResult = await openScenarioAt(path);
        expect(result.status).not.toBe('canceled');
        const checked: CheckedScenario = result.status === 'opened' ? checkScenarioText(result.file.text, 'x') : { ok: false, error: result as Extract<OpenResult, { status: 'error' }> };
        expectLoaderResult('bytes on disk', checked);
      }), { numRuns: 500 });
    } finally {
      await cleanup();
    }
  });
});
