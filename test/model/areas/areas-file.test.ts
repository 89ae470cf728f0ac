/** The areas file: located validation messages, version-1 round trip and a fuzzed loader. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAreasFile, defaultAreasFile, parseAreasFile, serializeAreasFile } from '../../../src/model/areas';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const issuesOf = (value: unknown): string[] => {
  const r = checkAreasFile(value);
  return r.ok ? [] : r.issues;
};

describe('areas file validation', () => {
  it('accepts the shipped file and every area has a 2020 figure with a grade', () => {
    const file = defaultAreasFile();
    expect(file.areas).toHaveLength(16);
    for (const a of file.areas) expect(['A', 'B', 'C', 'D', 'U']).toContain(a.sources.residents2020.grade);
  });

  it('names the field and the area of a bad number', () => {
    const f = clone(defaultAreasFile()) as unknown as { areas: Record<string, unknown>[] };
    f.areas[3].residents2020 = 'many';
    expect(issuesOf(f)).toEqual(['areas[3].residents2020: must be a number ≥ 0 (got "many")']);
    f.areas[3].residents2020 = -5;
    expect(issuesOf(f)).toEqual(['areas[3].residents2020: must be ≥ 0']);
  });

  it('reports a duplicate code, an unknown area in the tables and age shares that do not add up', () => {
    const f = clone(defaultAreasFile());
    f.areas[2].code = f.areas[0].code;
    f.areas[0].ageShares2020 = { age0to14: 0.2, age15to59: 0.2, age60plus: 0.2 };
    f.plannedAdditions = [{ year: 2024, area: 'nowhere', persons: 10 }];
    f.supply = [...f.supply, { area: 'atlantis', facility: 'careHome', capacity: 5, yearOpened: 2021 }];
    const issues = issuesOf(f);
    expect(issues).toContain(`areas[2].code: "${f.areas[0].code}" is already used by areas[0]`);
    expect(issues).toContain('areas[0].ageShares2020: the three shares add up to 0.600, not 1');
    expect(issues).toContain('plannedAdditions[0].area: no area has the code "nowhere"');
    expect(issues).toContain(`supply[${f.supply.length - 1}].area: no area has the code "atlantis"`);
  });

  it('requires one host for the students and one for the South Station district', () => {
    const f = clone(defaultAreasFile());
    for (const a of f.areas) delete a.hostsStudents;
    expect(issuesOf(f)).toEqual(['areas: exactly one area must have "hostsStudents": true (found 0)']);
  });

  it('rejects other formats, future versions, bad facility names, years and unknown keys', () => {
    expect(issuesOf({ ...defaultAreasFile(), format: 'other' })).toEqual(['format: must be "xiqing-areas" (got "other")']);
    expect(issuesOf({ ...defaultAreasFile(), version: 2 })).toEqual(['version: must be 1 (got 2)']);
    const f = clone(defaultAreasFile()) as unknown as { supply: Record<string, unknown>[]; extra?: number };
    f.supply[0].facility = 'spa';
    f.supply[1].yearOpened = 2020.5;
    f.extra = 1;
    const issues = issuesOf(f);
    expect(issues.some((i) => i.startsWith('supply[0].facility: must be one of childcare'))).toBe(true);
    expect(issues).toContain('supply[1].yearOpened: must be a whole year');
    expect(issues.some((i) => i.startsWith('(file): ') && i.includes('extra'))).toBe(true);
  });

  it('warns, without failing, when the areas do not add up to the district', () => {
    const f = clone(defaultAreasFile());
    f.areas[0].residents2020 += 100000;
    const r = checkAreasFile(f);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings[0]).toMatch(/^areas: the areas' 2020 residents add up to 1295124/);
  });

  it('says where the JSON is broken', () => {
    const r = parseAreasFile('{ "format": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatch(/^\(file\): not valid JSON/);
  });
});

describe('areas file round trip', () => {
  it('serialise → parse gives the same file, and serialising again the same text', () => {
    const text = serializeAreasFile(defaultAreasFile());
    const back = parseAreasFile(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.file).toEqual(defaultAreasFile());
    expect(serializeAreasFile(back.file)).toBe(text);
  });

  it('an edited supply and additions table survives the round trip', () => {
    const f = clone(defaultAreasFile());
    f.plannedAdditions = [{ year: 2026, area: f.areas[4].code, persons: 3500, note: '新建小区交付' }];
    f.supply.push({ area: f.areas[4].code, facility: 'childcare', capacity: 90, yearOpened: 2024, name: '社区托育中心' });
    const back = parseAreasFile(serializeAreasFile(f));
    expect(back.ok && back.file).toEqual(f);
  });
});

describe('areas file loader fuzzing', () => {
  const located = /^(\(file\)|[A-Za-z]+(\[\d+\])?(\.[A-Za-z0-9]+(\[\d+\])?)*): /;

  it('never throws on arbitrary JSON and every issue says where', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = checkAreasFile(v);
        if (!r.ok) for (const i of r.issues) expect(i).toMatch(located);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when one field of a valid file is replaced by anything', () => {
    const paths: (string | number)[][] = [
      ['name'], ['district', 'residents2020'], ['method', 'differentialDecayPerYear'], ['areas'],
      ['areas', 0, 'residents2020'], ['areas', 5, 'ageShares2020'], ['areas', 7, 'tile'], ['areas', 1, 'sources'],
      ['plannedAdditions'], ['supply', 0], ['supply', 3, 'capacity'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const f = clone(defaultAreasFile()) as unknown as Record<string | number, unknown>;
        let target = f as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
        target[path[path.length - 1]] = value;
        const r = checkAreasFile(f);
        if (!r.ok) for (const i of r.issues) expect(i).toMatch(located);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseAreasFile(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
