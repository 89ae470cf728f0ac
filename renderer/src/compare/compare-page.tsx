/**
 * Compare: a baseline and up to five more scenarios (presets, library scenarios, scenarios open in
 * the editor), each in its own colour everywhere on the page: the headline table with differences
 * from the baseline, overlaid charts per indicator, two pyramids on one axis with one year slider, and
 * the settings that differ. All numbers come from the model's compare module.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { headlineTable, MAX_COMPARED_SCENARIOS, type Comparison, type ScenarioResult } from '../../../src/model/compare';
import type { BySex } from '../../../src/model/engine/types';
import { parseScenarioText, scenarioValues } from '../../../src/model/scenario-file/scenario-file';
import { populationByAge } from '../../../src/model/xiqing/scenario/indicators';
import { useAppServices } from '../app/app-context';
import { ChartPanel } from '../charts/chart-panel';
import type { ViewContext } from '../charts/chart-view-model';
import { YearSlider } from '../charts/year-slider';
import { ChartExportContext, openExportDialog, type ExportScenario } from '../export';
import { useLanguage } from '../i18n/use-language';
import { useLibrarySession, useLibraryState } from '../library/use-library-session';
import { PRESETS } from '../presets/presets';
import { useAppState } from '../state/use-app-state';
import { CompareChart } from './compare-chart';
import { useCompareState, useCompareStore } from './compare-context';
import { CHART_INDICATORS } from './compare-indicators';
import { presetName, sourceName, sourceValues } from './compare-names';
import { pyramidPartner, sameSource, type CompareItem, type CompareSource } from './compare-store';
import { comparePyramidViewModels } from './pyramids-view-model';
import { compareSeriesViewModel, type ComparedScenario } from './series-view-model';
import { headlineTableViewModel, type HeadlineTableViewModel } from './table-view-model';
import { useComparison, type CompareInput } from './use-comparison';
import { whatDiffersViewModel, type DiffersRow } from './what-differs-view-model';
import './compare.css';

export function ComparePage() {
  const { t } = useTranslation('compare');
  const { language, format } = useLanguage();
  const state = useCompareState();
  const entries = useAppState((s) => s.entries);
  const ctx: ViewContext = useMemo(() => ({ t, format }), [t, format]);
  const copySuffix = useMemo(() => (n: number) => t('copySuffix', { n }), [t]);

  const inputs = useMemo(
    () => state.items.flatMap((item): CompareInput[] => {
      const values = sourceValues(item.source, entries);
      return values ? [{ key: item.key, colour: item.colour, values }] : [];
    }),
    [state.items, entries],
  );
  const { inputs: computedFor, comparison } = useComparison(inputs);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const item of state.items) map.set(item.key, sourceName(item.source, entries, language, copySuffix));
    return map;
  }, [state.items, entries, language, copySuffix]);
  const scenarios: ComparedScenario[] = useMemo(
    () => computedFor.map((input) => ({ key: input.key, colour: input.colour, name: names.get(input.key) ?? '' })),
    [computedFor, names],
  );
  // What an export of this comparison covers (and what chart images name in their captions).
  const exported: ExportScenario[] = useMemo(
    () => computedFor.map((input) => ({ name: names.get(input.key) ?? '', levers: input.values.levers, norms: input.values.norms })),
    [computedFor, names],
  );
  const exportScope = useMemo(() => ({ scenarios: exported }), [exported]);

  return (
    <div className="compare" data-testid="compare">
      <div className="compare__inner">
        <header className="compare__head">
          <h2>{t('title')}</h2>
          <p className="muted">{t('intro', { max: MAX_COMPARED_SCENARIOS - 1 })}</p>
          <button
            type="button"
            className="button compare__export"
            disabled={exported.length === 0}
            onClick={() => openExportDialog({ scenarios: exported })}
            data-testid="compare-export"
          >
            {t('export')}
          </button>
        </header>
        <ScenarioChips items={state.items} names={names} />
        {comparison && scenarios.length > 0 ? (
          <ChartExportContext.Provider value={exportScope}>
            <ComparisonBody comparison={comparison} scenarios={scenarios} ctx={ctx} exported={exported} />
          </ChartExportContext.Provider>
        ) : (
          <p className="compare__empty">{t('empty')}</p>
        )}
      </div>
    </div>
  );
}

interface BodyProps {
  comparison: Comparison;
  scenarios: ComparedScenario[];
  ctx: ViewContext;
  /** The scenarios for exports, `exported[i]` is `scenarios[i]`. */
  exported: readonly ExportScenario[];
}

function ComparisonBody({ comparison, scenarios, ctx, exported }: BodyProps) {
  const { t } = useTranslation('compare');
  const { language } = useLanguage();
  const table = useMemo(() => headlineTableViewModel(headlineTable(comparison), scenarios, ctx), [comparison, scenarios, ctx]);
  const charts = useMemo(() => CHART_INDICATORS.map((indicator) => compareSeriesViewModel(comparison, indicator, scenarios, ctx)), [comparison, scenarios, ctx]);
  const differs = useMemo(() => whatDiffersViewModel(comparison.scenarios, language), [comparison, language]);
  return (
    <>
      <section className="compare__section" aria-labelledby="compare-charts-title">
        <div className="compare__section-head">
          <h3 id="compare-charts-title" className="compare__section-title">{t('charts.title')}</h3>
          <Legend scenarios={scenarios} />
        </div>
        <div className="compare-charts">
          {charts.map((vm) => <CompareChart key={vm.key} vm={vm} />)}
        </div>
      </section>
      <section className="compare__section" aria-labelledby="compare-table-title">
        <h3 id="compare-table-title" className="compare__section-title">{t('table.title')}</h3>
        <HeadlineTableView vm={table} />
      </section>
      <ComparePyramids comparison={comparison} scenarios={scenarios} ctx={ctx} exported={exported} />
      <section className="compare__section" aria-labelledby="compare-differs-title">
        <h3 id="compare-differs-title" className="compare__section-title">{t('differs.title')}</h3>
        <WhatDiffersTable rows={differs} scenarios={scenarios} />
      </section>
    </>
  );
}

function Swatch({ colour }: { colour: string }) {
  return <span className="swatch" style={{ background: colour }} aria-hidden="true" />;
}

function Legend({ scenarios }: { scenarios: readonly ComparedScenario[] }) {
  const { t } = useTranslation('compare');
  return (
    <ul className="compare-legend" aria-label={t('charts.legend')}>
      {scenarios.map((s, i) => (
        <li key={s.key}>
          <Swatch colour={s.colour} />
          {s.name}
          {i === 0 && <span className="muted"> {t('baselineMark')}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The compared scenarios as chips (baseline first) and the control that adds one. */
function ScenarioChips({ items, names }: { items: readonly CompareItem[]; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('compare');
  const compare = useCompareStore();
  return (
    <section className="compare-picker" aria-label={t('picker.label')}>
      <ol className="compare-chips" data-testid="compare-chips">
        {items.map((item, i) => {
          const name = names.get(item.key) ?? '';
          return (
            <li key={item.key} className={i === 0 ? 'compare-chip compare-chip--baseline' : 'compare-chip'} style={{ borderColor: item.colour }} data-testid="compare-chip" data-source={describeSource(item.source)}>
              <Swatch colour={item.colour} />
              <span className="compare-chip__name">{name}</span>
              {i === 0 && <span className="compare-chip__baseline">{t('picker.baseline')}</span>}
              <span className="compare-chip__tag">{t(`sources.${item.source.kind}`)}</span>
              {i > 0 && (
                <button type="button" className="button button--small" onClick={() => compare.makeBaseline(item.key)} aria-label={t('picker.makeBaselineLabel', { name })}>
                  {t('picker.makeBaseline')}
                </button>
              )}
              <button type="button" className="button button--small compare-chip__remove" onClick={() => compare.remove(item.key)} aria-label={t('picker.removeLabel', { name })} title={t('picker.removeLabel', { name })}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ol>
      <AddScenario items={items} />
    </section>
  );
}

/** `preset:trend`, `library:<id>`, `open:<id>`: the option values of the add control (and a test hook). */
function describeSource(source: CompareSource): string {
  switch (source.kind) {
    case 'preset':
      return `preset:${source.presetId}`;
    case 'library':
      return `library:${source.libraryId}`;
    case 'open':
      return `open:${source.scenarioId}`;
  }
}

function AddScenario({ items }: { items: readonly CompareItem[] }) {
  const { t } = useTranslation('compare');
  const tl = useTranslation('library').t;
  const { language } = useLanguage();
  const { host } = useAppServices();
  const compare = useCompareStore();
  const library = useLibrarySession();
  const listing = useLibraryState((s) => s.listing);
  const entries = useAppState((s) => s.entries);
  const order = useAppState((s) => s.order);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  useEffect(() => {
    if (!listing) void library.refresh();
  }, [library, listing]);
  const full = items.length >= MAX_COMPARED_SCENARIOS;
  const taken = new Set(items.map((item) => describeSource(item.source)));
  const copySuffix = (n: number) => t('copySuffix', { n });

  const add = async () => {
    setError(null);
    const [kind, ...rest] = choice.split(':');
    const id = rest.join(':');
    let source: CompareSource | null = null;
    if (kind === 'preset') source = { kind: 'preset', presetId: id };
    else if (kind === 'open') source = { kind: 'open', scenarioId: id };
    else if (kind === 'library') {
      const result = await host.readLibraryScenario(id);
      if (result.status === 'error') {
        setError(`${t('picker.libraryFailed')} ${tl(`errors.${result.kind}`, { version: result.version ?? '?' })}`);
        return;
      }
      const parsed = parseScenarioText(result.text);
      if (!parsed.ok) {
        setError(`${t('picker.libraryFailed')} ${tl('errors.invalid')}`);
        return;
      }
      source = { kind: 'library', libraryId: id, name: result.entry.name, values: scenarioValues(parsed.scenario) };
    }
    if (source && !items.some((item) => sameSource(item.source, source))) compare.add(source);
    setChoice('');
  };

  return (
    <div className="compare-add">
      <label htmlFor={selectId}>{t('picker.add')}</label>
      <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)} disabled={full} data-testid="compare-add-select">
        <option value="">{full ? t('picker.full', { max: MAX_COMPARED_SCENARIOS }) : t('picker.choose')}</option>
        <optgroup label={t('picker.open')}>
          {order.map((id) => (
            <option key={id} value={`open:${id}`} disabled={taken.has(`open:${id}`)}>
              {sourceName({ kind: 'open', scenarioId: id }, entries, language, copySuffix)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('picker.presets')}>
          {PRESETS.map((preset) => (
            <option key={preset.id} value={`preset:${preset.id}`} disabled={taken.has(`preset:${preset.id}`)}>
              {presetName(preset.id, language)}
            </option>
          ))}
        </optgroup>
        {listing && listing.entries.length > 0 && (
          <optgroup label={t('picker.library')}>
            {listing.entries.map((entry) => (
              <option key={entry.id} value={`library:${entry.id}`} disabled={taken.has(`library:${entry.id}`)}>{entry.name}</option>
            ))}
          </optgroup>
        )}
      </select>
      <button type="button" className="button" disabled={full || choice === ''} onClick={() => void add()} data-testid="compare-add">
        {t('picker.addButton')}
      </button>
      {error && <span className="compare-add__error" role="alert">{error}</span>}
    </div>
  );
}

function HeadlineTableView({ vm }: { vm: HeadlineTableViewModel }) {
  const { t } = useTranslation('compare');
  return (
    <>
      <div className="table-scroll">
        <table className="compare-table" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">{t('table.indicator')}</th>
              <th scope="col">{t('table.year')}</th>
              {vm.columns.map((column) => (
                <th key={column.key} scope="col" className="compare-table__scenario" style={{ borderTopColor: column.colour }}>
                  <Swatch colour={column.colour} />
                  <span>{column.name}</span>
                  {column.baseline && <span className="compare-table__baseline">{t('table.baseline')}</span>}
                </th>
              ))}
            </tr>
          </thead>
          {vm.groups.map((group) => (
            <tbody key={group.indicator} className="compare-table__group">
              {group.rows.map((row, r) => (
                <tr key={row.year}>
                  {r === 0 && <th scope="rowgroup" rowSpan={group.rows.length} className="compare-table__indicator">{group.label}</th>}
                  <th scope="row" className="compare-table__year">{row.year}</th>
                  {row.cells.map((cell, i) => (
                    <td
                      key={vm.columns[i].key}
                      className="compare-table__cell"
                      data-indicator={group.indicator}
                      data-year={row.year}
                      data-scenario={i}
                      data-value={cell.raw.value}
                      data-diff={i === 0 ? undefined : cell.raw.diff}
                      data-rel={i === 0 || cell.raw.rel === null ? undefined : cell.raw.rel}
                    >
                      <span className="compare-table__value">{cell.value}</span>
                      {cell.diff !== null && (
                        <span className={`compare-table__diff compare-table__diff--${cell.direction ?? 'same'}`}>
                          <span data-part="diff">{cell.diff}</span> <span data-part="rel">{t('table.relative', { value: cell.rel })}</span>
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="muted compare__note">{vm.note}</p>
    </>
  );
}

function WhatDiffersTable({ rows, scenarios }: { rows: readonly DiffersRow[]; scenarios: readonly ComparedScenario[] }) {
  const { t } = useTranslation('compare');
  if (scenarios.length < 2) return <p className="muted">{t('differs.single')}</p>;
  if (rows.length === 0) return <p className="muted" data-testid="differs-none">{t('differs.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="compare-table compare-differs" data-testid="compare-differs">
        <thead>
          <tr>
            <th scope="col">{t('differs.setting')}</th>
            {scenarios.map((s, i) => (
              <th key={s.key} scope="col" className="compare-table__scenario" style={{ borderTopColor: s.colour }}>
                <Swatch colour={s.colour} />
                <span>{s.name}</span>
                {i === 0 && <span className="compare-table__baseline">{t('table.baseline')}</span>}
              </th>
            ))}
            <th scope="col">{t('differs.default')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-setting={row.id}>
              <th scope="row" className="compare-differs__label">
                {row.label}
                <span className="compare-differs__unit">{t('differs.unit', { unit: row.unit })}</span>
              </th>
              {row.values.map((value, i) => (
                <td key={scenarios[i]?.key ?? i} className={row.differs[i] ? 'compare-differs__value compare-differs__value--differs' : 'compare-differs__value'}>
                  {value}
                </td>
              ))}
              <td className="compare-differs__value muted">{row.defaultValue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const byAgeCache = new WeakMap<ScenarioResult, BySex<Float64Array>[]>();
/** Residents by sex and single age for every year of a run (computed once per result). */
function byAgeOf(result: ScenarioResult): BySex<Float64Array>[] {
  let byAge = byAgeCache.get(result);
  if (!byAge) {
    byAge = result.rows.map((_, i) => populationByAge(result.run, i));
    byAgeCache.set(result, byAge);
  }
  return byAge;
}

function ComparePyramids({ comparison, scenarios, ctx, exported }: BodyProps) {
  const { t } = useTranslation('compare');
  const compare = useCompareStore();
  const state = useCompareState();
  const sliderId = useId();
  const partnerId = useId();
  const partner = pyramidPartner(state);
  const partnerIndex = Math.max(1, scenarios.findIndex((s) => s.key === partner?.key));
  const shown = scenarios.length > 1 ? [0, partnerIndex] : [0];
  const years = comparison.years;
  const index = years.includes(state.pyramidYear) ? years.indexOf(state.pyramidYear) : years.length - 1;
  const year = years[index];
  const vms = useMemo(() => {
    const sides = shown.map((i) => ({
      ...scenarios[i],
      byAge: byAgeOf(comparison.scenarios[i]).slice(0, years.length),
    }));
    return comparePyramidViewModels(sides, years, index, ctx);
    // `shown` is derived from partnerIndex and the number of scenarios.
  }, [comparison, scenarios, partnerIndex, years, index, ctx]);

  return (
    <section className="compare__section" aria-labelledby="compare-pyramids-title">
      <div className="compare__section-head">
        <h3 id="compare-pyramids-title" className="compare__section-title">{t('pyramid.title')}</h3>
        <div className="compare-pyramids__controls">
          {scenarios.length > 2 && (
            <>
              <label htmlFor={partnerId}>{t('pyramid.compareWith')}</label>
              <select id={partnerId} value={scenarios[partnerIndex].key} onChange={(event) => compare.setPyramidKey(event.target.value)} data-testid="pyramid-partner">
                {scenarios.slice(1).map((s) => <option key={s.key} value={s.key}>{s.name}</option>)}
              </select>
            </>
          )}
          <label htmlFor={sliderId}>{t('pyramid.year')}</label>
          <YearSlider id={sliderId} years={years} year={year} onYear={(chosen) => compare.setPyramidYear(chosen)} testId="pyramid-year" />
          <output htmlFor={sliderId} className="compare-pyramids__year">{year}</output>
        </div>
      </div>
      <div className="compare-pyramids">
        {vms.map((vm, i) => (
          // Each pyramid shows one scenario: its image's caption names that one.
          <ChartExportContext.Provider key={vm.key} value={{ scenarios: exported.slice(shown[i], shown[i] + 1) }}>
            <ChartPanel vm={vm} live className="compare-pyramid" exportYear={year} />
          </ChartExportContext.Provider>
        ))}
      </div>
      <p className="muted compare__note">{t('pyramid.sharedAxis')}</p>
    </section>
  );
}
