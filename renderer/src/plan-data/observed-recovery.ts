/**
 * Crash recovery for the "实际数据 / Observed" table, as for unsaved scenarios: while the table differs
 * from what was last opened or saved, it is kept in the library's recovery area under one record id
 * (the app has one observed table); the record is cleared once the table is saved or back to what was
 * saved. Cells are kept as typed, wrong ones included: unsaved work need not be valid yet.
 */
import { TRUST_GRADES, type TrustGrade } from '@model';
import { emptyRow, type DraftRow } from './observed-table';

/** The record's id in the recovery area; the scenario recovery offer leaves ids with this prefix alone. */
export const OBSERVED_RECOVERY_PREFIX = 'observations:';
export const OBSERVED_RECOVERY_ID = `${OBSERVED_RECOVERY_PREFIX}table`;
const FORMAT = 'xiqing-observations-draft';

/** The table as the user left it: name, source, the library file it came from, the cells as typed. */
export interface ObservedDraft {
  name: string;
  source: string;
  libraryId?: string;
  rows: readonly DraftRow[];
}

const CELLS = ['year', 'residents', 'hukouPopulation', 'births', 'deaths', 'source'] as const;

/** The draft's content without the rows' React keys (what decides whether two tables are the same). */
export function draftRecordText(draft: ObservedDraft): string {
  return JSON.stringify({
    format: FORMAT,
    version: 1,
    name: draft.name,
    source: draft.source,
    ...(draft.libraryId ? { libraryId: draft.libraryId } : {}),
    rows: draft.rows.map((r) => ({ ...Object.fromEntries(CELLS.map((c) => [c, r[c]])), grade: r.grade })),
  });
}

const isText = (v: unknown): v is string => typeof v === 'string';

/** A record's draft, or null when the text is not one (another kind of record, or damaged). */
export function parseDraftRecord(text: string): ObservedDraft | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const d = data as { format?: unknown; name?: unknown; source?: unknown; libraryId?: unknown; rows?: unknown } | null;
  if (!d || d.format !== FORMAT || !isText(d.name) || !isText(d.source) || !Array.isArray(d.rows)) return null;
  const rows: DraftRow[] = [];
  for (const r of d.rows as unknown[]) {
    const cells = r as Record<string, unknown> | null;
    if (!cells || !CELLS.every((c) => isText(cells[c]))) return null;
    const grade = cells.grade === '' || (TRUST_GRADES as readonly unknown[]).includes(cells.grade) ? (cells.grade as TrustGrade | '') : '';
    rows.push({ ...emptyRow(), ...Object.fromEntries(CELLS.map((c) => [c, cells[c] as string])), grade });
  }
  return { name: d.name, source: d.source, ...(isText(d.libraryId) ? { libraryId: d.libraryId } : {}), rows };
}
