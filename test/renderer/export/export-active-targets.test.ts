/**
 * The app's export path (export-data.ts, brief-model.ts) with what the dialog passes: the active
 * target set, probabilistic runs and the tornado. The builders' own tests check the files in detail;
 * these check that the app's options arrive.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/host/contract';
import { parseTargets, targetSetOf, type TargetSet } from '../../../src/model';
import { DEFAULT_NORMS } from '../../../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { briefModel } from '../../../renderer/src/export/brief-model';
import { buildDataExport } from '../../../renderer/src/export/export-data';
import type { ExportScenario, Translate } from '../../../renderer/src/export/export-types';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import { readPptx } from '../../export/pptx-xml';

const t: Record<Language, Translate> = {} as Record<Language, Translate>;
beforeAll(async () => {
  for (const language of ['zh-CN', 'en'] as const) t[language] = (await createI18n(language)).getFixedT(language, 'exporting') as Translate;
});
const date = new Date(2025, 4, 6);
const base: ExportScenario = { name: '近期趋势 · Recent trend', levers: DEFAULT_LEVERS, norms: DEFAULT_NORMS };

function draft(): TargetSet {
  const parsed = parseTargets({ format: 'xiqing-targets', version: 1, name: '2030 草案', targets: [{ indicator: 'residents', year: 2030, value: 1400000, kind: 'atLeast' }] });
  if (!parsed.ok) throw new Error('draft invalid');
  return targetSetOf(parsed.file);
}

describe('the app’s exports with the active set, bands and the tornado', () => {
  it('CSV and PPTX from export-data carry the active set, the percentile columns and the tornado slide', async () => {
    const targets = [draft()];
    const csv = new TextDecoder().decode((await buildDataExport('csv', [base], { language: 'zh-CN', appVersion: '0.1.0', date, targets, uncertaintyRuns: 20 })).bytes);
    expect(csv).toContain('# 目标集,"2030 草案"');
    expect(csv).toContain(',residents_p2.5,');
    const { bytes } = await buildDataExport('pptx', [base], { language: 'zh-CN', appVersion: '0.1.0', date, targets, sensitivity: { indicator: 'residents', year: 2025 } });
    const { slides } = await readPptx(bytes);
    expect(slides.some((s) => s.texts[0]?.startsWith('敏感性：常住人口（2025年）'))).toBe(true);
    const residents = slides.flatMap((s) => s.charts).find((c) => c.title.startsWith('常住人口'))!;
    expect(residents.series.map((s) => s.name)).toContain('2030 草案');
  });

  it('the brief: the 2030 target in its table, bands on the five banded charts and the note; none without runs', () => {
    const { brief } = briefModel([base], { language: 'zh-CN', appVersion: '0.1.0', date, targets: [draft()], uncertaintyRuns: 20 }, t['zh-CN']);
    const table2030 = brief.comparisons.find((c) => c.year === 2030)!;
    expect(table2030.rows[0].target).toBe('≥ 140.0万人');
    expect(brief.comparisons.find((c) => c.year === 2025)!.rows[0].target).toBe('—');
    expect(brief.keyMessage?.text).toContain('2030年');
    expect(brief.charts.filter((c) => c.bands).map((c) => c.indicator)).toEqual(['residents', 'hukouPopulation', 'age60plusShare', 'childcarePlacesByNorm', 'careBeds']);
    expect(brief.bandNote).toMatch(/^阴影：基准情景20次随机模拟的80%和95%区间.*不是预测的置信区间。$/);
    const plain = briefModel([base], { language: 'zh-CN', appVersion: '0.1.0', date }, t['zh-CN']).brief;
    expect(plain.bandNote).toBeNull();
    expect(plain.charts.some((c) => c.bands)).toBe(false);
    expect(plain.comparisons[0].rows[0].target).toBe('约135.0万人（±1%）');
  });
});
