/**
 * The fitted scenario as a file: named after its source scenario and the observations, its levers
 * the source's with the fitted per-year paths, and a description that lists what was fitted (each
 * year's solved values, the rule after the last observed year, any fertility or mortality scaling).
 */
import { bilingualParts, joinBilingual } from '../scenario-file/bilingual-text';
import type { ScenarioFile } from '../scenario-file/scenario-file';
import { valueOverrides } from '../scenario-values';
import type { NormValues } from '../service-demand/norm-specs';
import { LEVER_SPECS } from '../xiqing/levers/lever-specs';
import type { ContinuationRule } from './continuation';
import { FIT_SETTLEMENT_LEVER, type FitResult } from './fit-to-observed';

type Fitted = Extract<FitResult, { ok: true }>;

function ruleText(rule: ContinuationRule): { zh: string; en: string } {
  if (rule.kind === 'hold') return { zh: '之后保持最后校准水平', en: 'then the last fitted level holds' };
  if (rule.kind === 'mean') return { zh: `之后取最后${rule.k}年均值`, en: `then the mean of the last ${rule.k} years` };
  return { zh: `之后于${rule.byYear}年回到原情景路径`, en: `then back on the scenario's own path by ${rule.byYear}` };
}

/**
 * The fitted scenario's name: the source's, marked as fitted, in both languages when the source has
 * both. Scenario names carry both languages in one field, Chinese first, split at the last " · "
 * ("近期趋势 · Recent trend"), so the mark goes inside each part — appended after the whole name it would
 * read as the English part, and the Chinese name would be the source's alone.
 */
export function fittedScenarioName(sourceName: string, observationsName: string): string {
  const parts = bilingualParts(sourceName);
  const observed = observationsNameIn(observationsName);
  const zh = `${(parts?.zh ?? sourceName).trim()}（校准 ${observed.zh}）`;
  return parts ? joinBilingual({ zh, en: `${parts.en} (fitted to ${observed.en})` }) : zh;
}

/** Chinese characters (CJK unified ideographs): a name with them and no English part has none to show in English. */
const HAN = /[\u3400-\u9fff]/;

/**
 * The observations' name in each language: its own parts when it has both; a Chinese-only name is not
 * put into the English name (it read "Recent trend (fitted to 实际数据)"), which then says what was fitted to.
 */
function observationsNameIn(name: string): { zh: string; en: string } {
  const parts = bilingualParts(name);
  if (parts && parts.zh && parts.en) return parts;
  const only = name.trim();
  return { zh: only, en: HAN.test(only) ? 'observed figures' : only };
}

const persons = (v: number) => Math.round(v).toLocaleString('en-US');
const pct = (v: number) => `${(v * 100).toFixed(2)}%`;

/**
 * The fitted scenario's file content (without format and version).
 *
 * @param source the scenario that was fitted (its name, notes; its norms are kept)
 * @param observationsName the observations file's name
 */
export function fittedScenarioFile(
  source: { name: string; notes?: string },
  norms: NormValues,
  observationsName: string,
  result: Fitted,
  rule: ContinuationRule,
): Omit<ScenarioFile, 'format' | 'version'> {
  const years = [...new Set(result.fit.map((r) => r.year))].sort((a, b) => a - b);
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]);
  const lines = (lever: string, show: (v: number) => string) =>
    result.fit.filter((r) => r.lever === lever && Number.isFinite(r.value)).filter((r, i, all) => all.findIndex((x) => x.year === r.year) === i)
      .map((r) => `${r.year}: ${show(r.value)}`).join(', ');
  const m = LEVER_SPECS[result.migrationLever].label;
  const showM = LEVER_SPECS[result.migrationLever].format === 'percent' ? pct : persons;
  const s = LEVER_SPECS[FIT_SETTLEMENT_LEVER].label;
  const rt = ruleText(rule);
  const scaled = Object.entries(result.scaled).map(([id, v]) => `${id} = ${Number(v.toFixed(4))}`).join(', ');
  const description = [
    `按实际数据“${observationsName}”（${span}年末）校准：${m.zh} ${lines(result.migrationLever, showM)}；${s.zh} ${lines(FIT_SETTLEMENT_LEVER, pct)}；${rt.zh}。${scaled ? `生育、死亡水平按出生、死亡校准：${scaled}。` : ''}最大残差 ${(result.maxRelativeResidual * 100).toFixed(3)}%。`,
    `Fitted to the observed figures "${observationsName}" (year ends ${span}): ${m.en} ${lines(result.migrationLever, showM)}; ${s.en} ${lines(FIT_SETTLEMENT_LEVER, pct)}; ${rt.en}.${scaled ? ` Fertility and mortality scaled to births and deaths: ${scaled}.` : ''} Largest residual ${(result.maxRelativeResidual * 100).toFixed(3)}%.`,
  ].join(' · ');
  return {
    name: fittedScenarioName(source.name, observationsName).slice(0, 200),
    description,
    levers: valueOverrides({ levers: result.levers, norms }),
    notes: source.notes ?? '',
  };
}
