/**
 * The app and the exports write the same value the same way: a lever value, a population in 万人 / M and
 * a signed difference with a true minus, taken from the app's view models (what differs, the compare
 * table) and from the exports' slide outline (assumptions, headline table) for one comparison, in both
 * languages. Both sides call the shared formatting (src/format); this proves nothing re-formats on the way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/i18n/i18n';
import type { ViewContext } from '../../renderer/src/charts/chart-view-model';
import { COMPARE_PALETTE } from '../../renderer/src/compare/palette';
import { headlineTableViewModel } from '../../renderer/src/compare/table-view-model';
import { whatDiffersViewModel } from '../../renderer/src/compare/what-differs-view-model';
import { deckOutline, exportLabels, type DeckSlide } from '../../src/export';
import { fillLabel } from '../../src/export/labels';
import { numberFormat } from '../../src/format';
import type { Language } from '../../src/host/contract';
import { compareScenarios, headlineTable, type Comparison } from '../../src/model/compare';
import { scenarioValues } from '../../src/model/scenario-file/scenario-file';
import trendFile from '../../scenarios/trend.json';
import surgeFile from '../../scenarios/central-city-surge.json';

const LANGUAGES: Language[] = ['zh-CN', 'en'];
let comparison: Comparison;
const contexts = {} as Record<Language, ViewContext>;

beforeAll(async () => {
  const trend = scenarioValues(trendFile as never);
  const surge = scenarioValues(surgeFile as never);
  // A third scenario with far less central-city relocation: its residents fall below the baseline's.
  const fewer = { ...trend, levers: { ...trend.levers, centralCityInflow: 2_000 } };
  comparison = compareScenarios([{ name: 'trend', ...trend }, { name: 'surge', ...surge }, { name: 'fewer', ...fewer }]);
  for (const language of LANGUAGES) {
    const i18n = await createI18n(language);
    contexts[language] = { t: i18n.getFixedT(language, 'compare'), format: numberFormat(language) };
  }
});

const deck = (language: Language) => deckOutline(comparison, { lang: language, appVersion: '0.0.0', date: new Date(2025, 0, 1) });
const scenarios = () => ['trend', 'surge', 'fewer'].map((name, i) => ({ key: name, name, colour: COMPARE_PALETTE[i] }));

/** The deck's first headline row of `year`: residents, the headline table's first indicator. */
function deckResidents(slides: DeckSlide[], year: number) {
  return slides.find((s): s is Extract<DeckSlide, { kind: 'comparison' }> => s.kind === 'comparison' && s.year === year)!.rows[0];
}

describe.each(LANGUAGES)('the app and the exports in %s', (language) => {
  it('write a lever value alike: Chinese units tight, English spaced', () => {
    const app = whatDiffersViewModel(comparison.scenarios, language).find((r) => r.id === 'centralCityInflow')!;
    const assumptions = deck(language).find((s): s is Extract<DeckSlide, { kind: 'assumptions' }> => s.kind === 'assumptions')!;
    const row = assumptions.rows.find((r) => r[0] === app.label)!;
    // The deck's row: label, default, then each scenario's value.
    expect(row.slice(2)).toEqual(app.values);
    expect(app.values[1]).toBe(language === 'zh-CN' ? '25,000人/年' : '25,000 persons/year');
    expect(app.values[2]).toBe(language === 'zh-CN' ? '2,000人/年' : '2,000 persons/year');
  });

  it('write a population in 万人 (Chinese) or M (English) alike, and a negative difference with a true minus', () => {
    const table = headlineTable(comparison);
    expect(table.indicators[0].id).toBe('residents');
    const year = table.years[0];
    const app = headlineTableViewModel(table, scenarios(), contexts[language]).groups.find((g) => g.indicator === 'residents')!.rows.find((r) => r.year === year)!;
    const paper = deckResidents(deck(language), year);
    expect(paper.cells.map((c) => c.value)).toEqual(app.cells.map((c) => c.value));

    const residents = table.rows.find((r) => r.indicator === 'residents' && r.year === year)!.cells.map((c) => c.value);
    const expected = language === 'zh-CN' ? `${(residents[0] / 10_000).toFixed(1)}万人` : `${(residents[0] / 1_000_000).toFixed(3)} M`;
    expect(app.cells[0].value).toBe(expected);

    // The third scenario has fewer residents than the baseline: "−…", never a hyphen.
    expect(residents[2]).toBeLessThan(residents[0]);
    const diff = app.cells[2].diff!;
    expect(diff.startsWith('\u2212')).toBe(true);
    expect(diff).not.toContain('-');
    expect(paper.cells[2].diff).toBe(fillLabel(exportLabels(language).pptx.diffFormat, { diff, rel: app.cells[2].rel! }));
  });
});
