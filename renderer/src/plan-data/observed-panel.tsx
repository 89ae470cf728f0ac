/**
 * "实际数据 / Observed": the table of published year-end figures. Cells keep what was typed and say
 * what is wrong; a block pasted from Excel fills the rows; while every cell is right the figures are
 * the app's observations (markers on the charts, lines on the tiles). Saved to the library beside
 * the scenarios; the fit to these figures starts here. Unsaved edits are kept for crash recovery and
 * offered again at the next start (use-observed-recovery.ts).
 */
import { OBSERVED_FIELDS, parseObservationsText, serializeObservations, TRUST_GRADES, type TrustGrade, XIQING_OBSERVATIONS } from '@model';
import { useEffect, useId, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDataEntry } from '../../../src/host/contract';
import { useAppServices } from '../app/app-context';
import { FitPanel } from './fit-panel';
import { draftErrors, draftToFile, emptyRow, fileToDraft, mergeRows, parsePastedBlock, type DraftColumn, type DraftRow } from './observed-table';
import { planData, useObservations } from './plan-data-store';
import { draftRecordText, type ObservedDraft } from './observed-recovery';
import { useObservedRecovery } from './use-observed-recovery';
import './plan-data.css';

const COLUMNS: readonly DraftColumn[] = ['year', ...OBSERVED_FIELDS];


export function ObservedPanel() {
  const { t } = useTranslation('actuals');
  const { host } = useAppServices();
  const uid = useId();
  const current = useObservations();
  const [rows, setRows] = useState<DraftRow[]>(() => (current ? fileToDraft(current.file) : []));
  const [name, setName] = useState(current?.file.name ?? t('observed.title'));
  const [source, setSource] = useState(current?.file.source ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const errors = useMemo(() => draftErrors(rows), [rows]);
  const file = useMemo(() => draftToFile(name.trim() || t('observed.title'), source, rows), [name, source, rows, t]);
  const libraryId = current?.libraryId;
  const draft: ObservedDraft = { name, source, rows, ...(libraryId ? { libraryId } : {}) };
  // The table as last opened, loaded or saved: differing from it is unsaved work, kept for recovery.
  const [clean, setClean] = useState(() => draftRecordText(draft));
  const recovery = useObservedRecovery(host, draft, clean);
  const panel = useRef<HTMLDetailsElement>(null);

  // While every cell is right, the table is the app's observations (markers, tile lines, the fit).
  useEffect(() => {
    if (!file) return;
    const libraryId = planData.getState().observations?.libraryId;
    planData.setObservations(file.observations.length ? { file, ...(libraryId ? { libraryId } : {}) } : null);
  }, [file]);

  const setCell = (key: string, column: keyof DraftRow, value: string) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, [column]: value } : r)));

  const onPaste = (event: ClipboardEvent) => {
    const text = event.clipboardData.getData('text/plain');
    // A single value pastes into the cell as usual; a block (tabs or lines) fills rows.
    if (!/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    const pasted = parsePastedBlock(text);
    setRows((rs) => mergeRows(rs, pasted.rows));
    const problems = pasted.problems.map((p) => t(`observed.errors.${p.key}`, p.values));
    setStatus([t('observed.pasted', { count: pasted.rows.length }), ...problems].join(' · '));
  };

  const save = async () => {
    if (!file) return;
    const text = serializeObservations(file);
    const libraryId = planData.getState().observations?.libraryId;
    const result = await host.savePlanData({ kind: 'observations', text, ...(libraryId ? { id: libraryId } : {}) }).catch((e: unknown) => ({ status: 'error' as const, message: String(e) }));
    if (result.status === 'saved') {
      planData.setObservations({ file, libraryId: result.entry.id });
      setClean(draftRecordText({ ...draft, libraryId: result.entry.id }));
      setStatus(t('observed.saved', { name: file.name }));
      refreshSaved();
    } else setStatus(result.message);
  };

  const [saved, setSaved] = useState<PlanDataEntry[]>([]);
  const refreshSaved = () => void host.listPlanData('observations').then((l) => setSaved(l.entries), () => setSaved([]));
  const openSaved = async (id: string) => {
    const read = await host.readPlanData(id).catch(() => null);
    if (!read || read.status !== 'opened') {
      setStatus(read?.message ?? id);
      return;
    }
    const parsed = parseObservationsText(read.text);
    if (!parsed.ok) return setStatus(parsed.error.message);
    load(parsed.file, id);
    planData.setObservations({ file: parsed.file, libraryId: id });
  };

  /** Loads a file (opened, or the shipped example): what it holds is the table's clean state. */
  const load = (next: { name: string; source: string; observations: Parameters<typeof fileToDraft>[0]['observations'] }, fromLibrary?: string) => {
    const nextRows = fileToDraft(next);
    setRows(nextRows);
    setName(next.name);
    setSource(next.source);
    setStatus(null);
    setClean(draftRecordText({ name: next.name, source: next.source, rows: nextRows, ...(fromLibrary ? { libraryId: fromLibrary } : {}) }));
  };

  const restore = () => {
    if (!recovery.offer) return;
    const { draft: kept } = recovery.offer;
    setRows([...kept.rows]);
    setName(kept.name);
    setSource(kept.source);
    const keptFile = draftToFile(kept.name.trim() || t('observed.title'), kept.source, kept.rows);
    if (kept.libraryId && keptFile) planData.setObservations({ file: keptFile, libraryId: kept.libraryId });
    setStatus(t('observed.recovery.restored'));
    recovery.settle(true);
    if (panel.current) panel.current.open = true;
  };

  return (
    <>
    {recovery.offer && (
      <div className="observed-recovery" role="alert" data-testid="observed-recovery">
        <p>{t('observed.recovery.offer', { name: recovery.offer.draft.name, count: recovery.offer.draft.rows.length, time: new Date(recovery.offer.savedAt).toLocaleString() })}</p>
        <button type="button" className="button button--primary" data-testid="observed-recovery-restore" onClick={restore}>{t('observed.recovery.restore')}</button>
        <button type="button" className="button" data-testid="observed-recovery-discard" onClick={() => recovery.settle(false)}>{t('observed.recovery.discard')}</button>
      </div>
    )}
    <details ref={panel} className="observed" data-testid="observed" onToggle={(e) => (e.currentTarget.open ? refreshSaved() : undefined)}>
      <summary className="observed__summary"><h2 className="section-title">{t('observed.title')}</h2></summary>
      <p className="observed__intro muted">{t('observed.intro')}</p>
      <div className="observed__meta">
        <label htmlFor={`${uid}-name`}>{t('targetSets.name')}</label>
        <input id={`${uid}-name`} data-testid="observed-name" value={name} onChange={(e) => setName(e.target.value)} />
        {saved.length > 0 && (
          <select aria-label={t('observed.openSaved')} data-testid="observed-open" value="" onChange={(e) => void openSaved(e.target.value)}>
            <option value="">{t('observed.openSaved')}</option>
            {saved.map((entry) => <option key={entry.id} value={entry.id}>{entry.name}</option>)}
          </select>
        )}
      </div>
      <div className="table-scroll" onPaste={onPaste}>
        <table className="observed__table" data-testid="observed-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => <th key={c} scope="col">{t(`observed.${c}`)}</th>)}
              <th scope="col">{t('observed.source')}</th>
              <th scope="col">{t('observed.grade')}</th>
              <th scope="col"><span className="visually-hidden">{t('observed.remove')}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const rowErrors = errors.get(row.key) ?? {};
              return (
                <tr key={row.key} data-testid={`observed-row-${row.year || 'new'}`}>
                  {COLUMNS.map((c) => {
                    const error = rowErrors[c];
                    const errorId = `${uid}-${row.key}-${c}-error`;
                    return (
                      <td key={c}>
                        <input
                          className="observed__cell"
                          data-testid={`observed-${c}`}
                          aria-label={`${t(`observed.${c}`)} ${row.year}`}
                          inputMode={c === 'year' ? 'numeric' : 'decimal'}
                          value={row[c]}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? errorId : undefined}
                          onChange={(e) => setCell(row.key, c, e.target.value)}
                        />
                        {error && <span id={errorId} className="observed__error" role="alert" data-testid="observed-error">{t(`observed.errors.${error.key}`, error.values)}</span>}
                      </td>
                    );
                  })}
                  <td><input className="observed__cell observed__cell--text" aria-label={t('observed.source')} value={row.source} onChange={(e) => setCell(row.key, 'source', e.target.value)} /></td>
                  <td>
                    <select aria-label={t('observed.grade')} value={row.grade} onChange={(e) => setCell(row.key, 'grade', e.target.value as TrustGrade | '')}>
                      <option value="">—</option>
                      {TRUST_GRADES.map((g) => <option key={g} value={g}>{g}</option>)}
                    </select>
                  </td>
                  <td><button type="button" className="button button--small" onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}>{t('observed.remove')}</button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted observed__hint">{t('observed.pasteHint')}</p>
      <textarea
        className="observed__paste"
        data-testid="observed-paste"
        aria-label={t('observed.paste')}
        placeholder={t('observed.paste')}
        rows={2}
        onPaste={onPaste}
        value=""
        onChange={() => undefined}
      />
      <div className="observed__actions">
        <button type="button" className="button" data-testid="observed-add" onClick={() => setRows((rs) => [...rs, emptyRow()])}>{t('observed.addYear')}</button>
        <button type="button" className="button" data-testid="observed-example" onClick={() => load(XIQING_OBSERVATIONS)}>{t('observed.loadExample')}</button>
        <button type="button" className="button" onClick={() => { setRows([]); planData.setObservations(null); setClean(draftRecordText({ name, source, rows: [] })); }}>{t('observed.clear')}</button>
        <button type="button" className="button" data-testid="observed-save" disabled={!file || file.observations.length === 0} onClick={() => void save()}>{t('observed.save')}</button>
        <input className="observed__source" aria-label={t('observed.source')} placeholder={t('observed.source')} value={source} onChange={(e) => setSource(e.target.value)} />
      </div>
      <p className="observed__status" role="status" data-testid="observed-status">{status ?? ''}</p>
      <FitPanel observed={file} />
    </details>
    </>
  );
}
