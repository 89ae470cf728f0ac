/**
 * The indicator registry: complete against the rows the model computes, the source of every output's
 * columns, formats, tolerances, headline units and docs table — and adding an indicator is one entry
 * (plus its labels and its computation).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildSpecs,
  DEMOGRAPHIC_ENTRIES,
  headlineUnit,
  INDICATOR_IDS,
  INDICATORS,
  indicatorSpecProblems,
  indicatorTolerance,
  outputFieldsDoc,
  outputFieldsTable,
  spreadsheetFormat,
  type IndicatorEntry,
  type IndicatorSpec,
  type IndicatorText,
} from '../../../src/model/indicators';
import labels from '../../../src/model/indicators/indicator-labels.json';
import { measure } from '../../../src/model/indicators/indicator-spec';
import { scenarioReport, REPORT_COLUMNS } from '../../../src/model/scenario-report';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import type { IndicatorRow } from '../../../src/model/xiqing/scenario/indicators';
import { scenarioToCsv } from '../../../src/model/xiqing/scenario/scenario-output';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const report = scenarioReport({ levers: { ...DEFAULT_LEVERS, endYear: 2025 }, norms: DEFAULT_NORMS });
const specs = INDICATOR_IDS.map((id) => INDICATORS[id]);

describe('the registry', () => {
  it('has exactly the fields the model computes, each once', () => {
    const computed = new Set([...Object.keys(report.indicators[0]), ...Object.keys(report.services![0])]);
    computed.delete('year');
    expect(new Set(INDICATOR_IDS)).toEqual(computed);
    expect(INDICATOR_IDS.length).toBe(computed.size);
  });

  it('gives every indicator labels and units in both languages, a kind, a chapter and decimals', () => {
    expect(indicatorSpecProblems(specs)).toEqual([]);
  });

  it('is where the CLI takes its columns: year, then every indicator in registry order', () => {
    expect(REPORT_COLUMNS).toEqual(['year', ...INDICATOR_IDS]);
    const header = scenarioToCsv(report.rows, report.columns).split('\n')[0];
    expect(header).toBe(['year', ...INDICATOR_IDS].join(','));
  });

  it('derives number formats, tolerances and headline units from kinds', () => {
    expect(spreadsheetFormat(INDICATORS.residents)).toBe('#,##0');
    expect(spreadsheetFormat(INDICATORS.age65plusShare)).toBe('0.00%');
    expect(spreadsheetFormat(INDICATORS.oldAgeDependency)).toBe('0.00%');
    expect(spreadsheetFormat(INDICATORS.tfr)).toBe('0.000');
    expect(spreadsheetFormat(INDICATORS.sexRatio)).toBe('0.000');
    expect(spreadsheetFormat(INDICATORS.e0)).toBe('0.00');
    expect(spreadsheetFormat(INDICATORS.childcareSupplyPer1000)).toBe('0.00');
    expect(indicatorTolerance('births')).toBe(0.5);
    expect(indicatorTolerance('preschoolAttainableEnrolment')).toBe(1e-6);
    expect(headlineUnit('residents')).toBe('persons');
    expect(headlineUnit('childcarePlacesByNorm')).toBe('places');
    expect(headlineUnit('careBeds')).toBe('beds');
    expect(headlineUnit('age60plusShare')).toBe('share');
    expect(() => headlineUnit('tfr')).toThrow(/cannot be a headline/);
  });

  it('writes docs/output-fields.md (run `npm run docs:outputs` after changing the registry)', () => {
    expect(readFileSync(resolve(root, 'docs/output-fields.md'), 'utf8')).toBe(outputFieldsDoc());
  });
});

describe('adding an indicator', () => {
  // The oldest-old ratio (80+ per 65+), added as a registry entry plus its labels.
  const entry = measure('ratio', 2, 'ageing', 'stock', true);
  const text: IndicatorText = { label: { zh: '高龄老人比', en: 'Oldest-old ratio' }, unit: { zh: '%', en: '%' } };
  type Id = keyof typeof DEMOGRAPHIC_ENTRIES | 'oldestOldRatio';
  const build = (e: Record<Id, IndicatorEntry>, t: Record<Id, IndicatorText>) => buildSpecs<Id>(e, () => 'demographic', t);
  const entries = { ...DEMOGRAPHIC_ENTRIES, oldestOldRatio: entry };
  const texts = { ...(labels as Record<string, IndicatorText>), oldestOldRatio: text } as Record<Id, IndicatorText>;

  it('gets its column, number format, tolerance rule and docs row from the entry', () => {
    const trial = build(entries, texts);
    const ids = Object.keys(trial) as Id[];
    expect(ids.at(-1)).toBe('oldestOldRatio');
    const spec = trial.oldestOldRatio;
    expect(spec).toMatchObject({ id: 'oldestOldRatio', kind: 'ratio', percent: true, timing: 'stock', solvable: true });
    expect(spreadsheetFormat(spec)).toBe('0.00%');
    expect(indicatorSpecProblems(ids.map((id) => trial[id]))).toEqual([]);
    expect(outputFieldsTable([spec])).toContain('| `oldestOldRatio` | 高龄老人比 | Oldest-old ratio | fraction (shown as %) | ratio | stock at year end | yes | ageing |');
  });

  it('is refused when its label or kind is missing', () => {
    const noLabel = build(entries, { ...texts, oldestOldRatio: { ...text, label: { zh: '高龄老人比', en: '' } } });
    expect(indicatorSpecProblems([noLabel.oldestOldRatio])).toEqual(['oldestOldRatio: no en label']);
    const noText = build(entries, { ...texts, oldestOldRatio: undefined as unknown as IndicatorText });
    expect(indicatorSpecProblems([noText.oldestOldRatio])).toEqual([
      'oldestOldRatio: no zh label', 'oldestOldRatio: no zh unit', 'oldestOldRatio: no en label', 'oldestOldRatio: no en unit',
    ]);
    const noKind = build({ ...entries, oldestOldRatio: { ...entry, kind: undefined } as unknown as IndicatorEntry }, texts);
    expect(indicatorSpecProblems([noKind.oldestOldRatio])).toEqual(['oldestOldRatio: kind undefined is not one of count, share, rate, years, ratio']);
  });

  it('is a type error while the row has the field but the registry has no entry (and the other way round)', () => {
    type RowWithNew = IndicatorRow & { oldestOldRatio: number };
    // @ts-expect-error -- the row's new field has no registry entry
    const missing = DEMOGRAPHIC_ENTRIES satisfies Record<Exclude<keyof RowWithNew, 'year'>, IndicatorEntry>;
    // @ts-expect-error -- an entry for a field the row does not have
    const extra: Record<Exclude<keyof IndicatorRow, 'year'>, IndicatorEntry> = { ...DEMOGRAPHIC_ENTRIES, oldestOldRatio: entry } satisfies Record<Exclude<keyof IndicatorRow, 'year'>, IndicatorEntry>;
    // @ts-expect-error -- labels without the new field's text
    const noLabels: Record<Exclude<keyof RowWithNew, 'year'>, IndicatorText> = labels;
    expect([missing, extra, noLabels].every(Boolean)).toBe(true);
  });
});

describe('specs as data', () => {
  it('every spec names its own id and the row it is read from', () => {
    for (const s of specs as IndicatorSpec[]) {
      expect(INDICATORS[s.id as keyof typeof INDICATORS]).toBe(s);
      expect(s.source === 'demographic').toBe(s.id in report.indicators[0]);
    }
  });
});
