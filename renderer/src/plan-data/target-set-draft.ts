/**
 * A target set as the user edits it: rows of text (shares typed in %), turned into a targets file by
 * the model's own loader, so the editor shows exactly the file's located messages.
 */
import { parseTargets, TARGET_INDICATORS, type TargetKind, type TargetSet, targetSetOf, type TargetsFile } from '@model';
import { parseDisplayInput } from '../format/lever-format';

export interface TargetDraftRow {
  key: string;
  indicator: string;
  year: string;
  /** As typed, in display units (% for shares). */
  value: string;
  kind: TargetKind;
  /** ± % for "about". */
  tolerance: string;
  source: string;
  /** Kept from the set the draft was copied from. */
  label?: { 'zh-CN': string; en: string };
}

let next = 0;
const key = () => `target-${++next}`;

const isShare = (indicator: string) => TARGET_INDICATORS.get(indicator)?.share ?? false;

/** A draft copied from a set (the user's starting point for a new one). */
export function draftOf(set: TargetSet): TargetDraftRow[] {
  return set.targets.map((t) => ({
    key: key(),
    indicator: t.indicator,
    year: String(t.year),
    value: String(t.share ? Number((t.target * 100).toFixed(4)) : t.target),
    kind: t.kind,
    tolerance: t.tolerance === undefined ? '' : String(Number((t.tolerance * 100).toFixed(4))),
    source: t.source,
    label: { 'zh-CN': t.label.zh, en: t.label.en },
  }));
}

export function newTargetRow(year: number): TargetDraftRow {
  return { key: key(), indicator: 'residents', year: String(year), value: '', kind: 'about', tolerance: '1', source: '' };
}

/**
 * The draft as a targets file, or the loader's messages (located: `targets.2.value: …`). Numbers that
 * do not parse are passed on as text, so the loader names the field.
 */
export function draftToTargets(name: string, rows: readonly TargetDraftRow[]): { ok: true; file: TargetsFile; set: TargetSet } | { ok: false; issues: string[] } {
  const num = (text: string): number | string => {
    const n = parseDisplayInput(text);
    return Number.isFinite(n) ? n : text;
  };
  const data = {
    format: 'xiqing-targets',
    version: 1,
    name,
    description: '',
    targets: rows.map((r) => {
      const value = num(r.value);
      const tolerance = num(r.tolerance);
      return {
        indicator: r.indicator,
        year: num(r.year),
        value: typeof value === 'number' && isShare(r.indicator) ? value / 100 : value,
        kind: r.kind,
        ...(r.kind === 'about' && r.tolerance.trim() !== '' ? { tolerance: typeof tolerance === 'number' ? tolerance / 100 : tolerance } : {}),
        source: r.source,
        // A label copied from the plan stays only while the row still measures the same indicator.
        ...(r.label ? { label: r.label } : {}),
      };
    }),
  };
  const parsed = parseTargets(data);
  if (!parsed.ok) return { ok: false, issues: parsed.error.kind === 'invalid' ? parsed.error.issues : [parsed.error.message] };
  return { ok: true, file: parsed.file, set: targetSetOf(parsed.file) };
}
