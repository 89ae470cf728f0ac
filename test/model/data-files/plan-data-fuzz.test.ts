/**
 * Fuzzing the targets and observations loaders: whatever the input, each returns a file or a typed
 * error, never throws; what it accepts saves and reopens as the same file. At least 5,000 inputs each.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { DataFileResult } from '../../../src/model/data-files/versioned-file';
import { OBSERVED_FIELDS, parseObservationsText, serializeObservations } from '../../../src/model/observations/observations-file';
import { TARGET_INDICATORS } from '../../../src/model/targets/target-indicators';
import { parseTargetsText, serializeTargets } from '../../../src/model/targets/targets-file';

const RUNS = 1500;
const KINDS = ['not-json', 'foreign', 'future-version', 'invalid'];
const counts: Record<string, number> = {};

interface Loader {
  name: string;
  parse: (text: string) => DataFileResult<unknown>;
  serialize: (file: never) => string;
  valid: string;
}
const loaders: Loader[] = [
  { name: 'targets', parse: parseTargetsText, serialize: serializeTargets as (f: never) => string, valid: readFileSync('src/model/targets/data/xiqing-plan-2021-2025.targets.json', 'utf8') },
  { name: 'observations', parse: parseObservationsText, serialize: serializeObservations as (f: never) => string, valid: readFileSync('src/model/observations/data/xiqing-year-end.observations.json', 'utf8') },
];

function check(loader: Loader, text: string): void {
  let r: DataFileResult<unknown>;
  try {
    r = loader.parse(text);
  } catch (error) {
    throw new Error(`the ${loader.name} loader threw on ${JSON.stringify(text.slice(0, 200))}: ${String(error)}`, { cause: error });
  }
  counts[loader.name] = (counts[loader.name] ?? 0) + 1;
  const outcome = `${loader.name}:${r.ok ? 'file' : r.error.kind}`;
  counts[outcome] = (counts[outcome] ?? 0) + 1;
  if (r.ok) {
    const again = loader.parse(loader.serialize(r.file as never));
    expect(again.ok && again.file).toEqual(r.file);
  } else {
    expect(KINDS).toContain(r.error.kind);
    expect(r.error.message.length).toBeGreaterThan(0);
  }
}

const mostly = <T, U>(right: fc.Arbitrary<T>, ...wrong: fc.Arbitrary<U>[]) => fc.oneof({ arbitrary: right as fc.Arbitrary<T | U>, weight: 3 * wrong.length }, ...wrong);
const num = fc.oneof(fc.double(), fc.integer({ min: -10, max: 3_000_000 }), fc.constantFrom(0.95, 1_350_000, 2025, -1, 1e12));
const targetLike = fc.record({
  id: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('residents', 'a', '1x')),
  indicator: mostly(fc.constantFrom(...TARGET_INDICATORS.keys()), fc.string(), fc.jsonValue()),
  year: mostly(fc.integer({ min: 2018, max: 2110 }), num, fc.jsonValue()),
  value: mostly(num, fc.jsonValue()),
  kind: mostly(fc.constantFrom('about', 'atLeast', 'atMost'), fc.string(), fc.jsonValue()),
  tolerance: mostly(fc.double({ min: -0.1, max: 0.6 }), fc.jsonValue()),
  source: mostly(fc.string(), fc.jsonValue()),
  label: mostly(fc.record({ 'zh-CN': fc.string(), en: fc.string() }), fc.jsonValue()),
}, { requiredKeys: ['indicator', 'year', 'value', 'kind'] });
const observationLike = fc.record({
  year: mostly(fc.integer({ min: 2018, max: 2110 }), num, fc.jsonValue()),
  ...Object.fromEntries(OBSERVED_FIELDS.map((f) => [f, mostly(num, fc.jsonValue())])),
  source: mostly(fc.string(), fc.jsonValue()),
  grade: mostly(fc.constantFrom('A', 'B', 'C', 'D', 'U'), fc.string({ maxLength: 2 })),
}, { requiredKeys: ['year'] });
const fileLike = (format: string, list: string, item: fc.Arbitrary<unknown>) => fc.record({
  format: mostly(fc.constant(format), fc.string(), fc.jsonValue()),
  version: mostly(fc.constant(1), fc.integer({ min: -2, max: 4 }), fc.jsonValue()),
  name: mostly(fc.string({ minLength: 1, maxLength: 210 }), fc.jsonValue()),
  [list]: mostly(fc.array(item, { maxLength: 6 }), fc.jsonValue()),
  extra: fc.jsonValue(),
}, { requiredKeys: ['format', 'version', list] });

const textual = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ maxLength: 4 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 6 }) }),
);
function mutate(text: string, m: fc.Arbitrary<unknown> extends never ? never : { op: string; at: number; text?: string }): string {
  const at = m.at % (text.length + 1);
  if (m.op === 'truncate') return text.slice(0, at);
  if (m.op === 'replace') return text.slice(0, at) + (m.text ?? '') + text.slice(at + (m.text?.length ?? 0));
  return text.slice(0, at) + (m.text ?? '') + text.slice(at);
}

describe.each(loaders)('the $name loader under fuzzing', (loader) => {
  const shaped = loader.name === 'targets' ? fileLike('xiqing-targets', 'targets', targetLike) : fileLike('xiqing-observations', 'observations', observationLike);
  it('never throws on file-shaped objects', () => {
    fc.assert(fc.property(shaped, (data) => check(loader, JSON.stringify(data))), { numRuns: RUNS * 2 });
  });
  it('never throws on mutations of a valid file', () => {
    fc.assert(fc.property(fc.array(textual, { minLength: 1, maxLength: 3 }), (ms) => check(loader, ms.reduce(mutate, loader.valid))), { numRuns: RUNS });
  });
  it('never throws on any JSON value or any text', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => check(loader, JSON.stringify(v) ?? 'null')), { numRuns: RUNS / 2 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => check(loader, text)), { numRuns: RUNS / 2 });
  });
});

afterAll(() => {
  console.log('plan-data loader fuzzing, inputs by outcome:', JSON.stringify(counts));
  for (const l of loaders) expect(counts[l.name]).toBeGreaterThanOrEqual(5000);
});
