/**
 * Which target set the checklist, tiles, charts, goal seek and exports use: the plan's (shipped) or
 * one the user made and saved in the library. "New target set…" opens an editor copied from the
 * active set (e.g. to draft 2030 targets); saving puts it in the library and makes it active.
 */
import { parseTargetsText, serializeTargets, TARGET_INDICATORS, TARGET_KINDS, targetSetOf } from '@model';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppServices } from '../app/app-context';
import { useLanguage } from '../i18n/use-language';
import { activeTargetSet, PLAN_SET_KEY, planData, usePlanData } from './plan-data-store';
import { draftOf, draftToTargets, newTargetRow, type TargetDraftRow } from './target-set-draft';

/** Reads the library's target sets into the store once (unreadable ones are skipped: the library page lists files). */
function useLibraryTargetSets() {
  const { host } = useAppServices();
  useEffect(() => {
    let live = true;
    void (async () => {
      const listing = await host.listPlanData('targets').catch(() => ({ entries: [] }));
      for (const entry of listing.entries) {
        const read = await host.readPlanData(entry.id).catch(() => null);
        if (!live || !read || read.status !== 'opened') continue;
        const parsed = parseTargetsText(read.text);
        if (parsed.ok && !planData.getState().targetSets.some((e) => e.key === entry.id)) {
          const active = planData.getState().activeTargets;
          planData.putTargetSet({ key: entry.id, set: targetSetOf(parsed.file), libraryId: entry.id });
          planData.setActiveTargets(active);
        }
      }
    })();
    return () => { live = false; };
  }, [host]);
}

export function TargetSetPicker() {
  const { t } = useTranslation('actuals');
  const state = usePlanData();
  const [editing, setEditing] = useState(false);
  const id = useId();
  useLibraryTargetSets();
  return (
    <>
      <span className="target-set-picker">
        <label htmlFor={id}>{t('targetSets.label')}</label>
        <select
          id={id}
          data-testid="target-set"
          value={state.activeTargets}
          onChange={(e) => {
            if (e.target.value === '__new') setEditing(true);
            else planData.setActiveTargets(e.target.value);
          }}
        >
          {state.targetSets.map((e) => <option key={e.key} value={e.key}>{e.key === PLAN_SET_KEY ? t('targetSets.plan') : e.set.name}</option>)}
          <option value="__new">{t('targetSets.new')}</option>
        </select>
      </span>
      {editing && <TargetSetEditor onClose={() => setEditing(false)} />}
    </>
  );
}

function TargetSetEditor({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('actuals');
  const { language } = useLanguage();
  const { host } = useAppServices();
  const base = activeTargetSet(planData.getState());
  const [name, setName] = useState(() => t('targetSets.copyName', { name: base.name }));
  const [rows, setRows] = useState<TargetDraftRow[]>(() => draftOf(base));
  const [message, setMessage] = useState<string | null>(null);
  const built = draftToTargets(name, rows);
  const set = (k: string, patch: Partial<TargetDraftRow>) => setRows((rs) => rs.map((r) => (r.key === k ? { ...r, ...patch } : r)));

  const save = async () => {
    if (!built.ok) return;
    const result = await host.savePlanData({ kind: 'targets', text: serializeTargets(built.file) }).catch((e: unknown) => ({ status: 'error' as const, message: String(e) }));
    if (result.status !== 'saved') {
      setMessage(result.message);
      return;
    }
    planData.putTargetSet({ key: result.entry.id, set: built.set, libraryId: result.entry.id });
    setMessage(t('targetSets.saved', { name: built.set.name }));
    onClose();
  };

  return (
    <section className="target-set-editor" data-testid="target-set-editor" aria-label={t('targetSets.edit')}>
      <h3 className="section-title">{t('targetSets.edit')}</h3>
      <label>{t('targetSets.name')} <input data-testid="target-set-name" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <p className="muted">{t('targetSets.shareHint')}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>{(['indicator', 'year', 'value', 'kind', 'tolerance', 'source'] as const).map((c) => <th key={c} scope="col">{t(`targetSets.${c}`)}</th>)}<th /></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-testid="target-row">
                <td>
                  <select aria-label={t('targetSets.indicator')} value={r.indicator} onChange={(e) => set(r.key, { indicator: e.target.value, label: undefined })}>
                    {[...TARGET_INDICATORS.values()].map((i) => <option key={i.id} value={i.id}>{language === 'zh-CN' ? i.label.zh : i.label.en}</option>)}
                  </select>
                </td>
                <td><input className="num" aria-label={t('targetSets.year')} data-testid="target-year" value={r.year} onChange={(e) => set(r.key, { year: e.target.value })} /></td>
                <td><input className="num" aria-label={t('targetSets.value')} data-testid="target-value" value={r.value} onChange={(e) => set(r.key, { value: e.target.value })} /></td>
                <td>
                  <select aria-label={t('targetSets.kind')} value={r.kind} onChange={(e) => set(r.key, { kind: e.target.value as TargetDraftRow['kind'] })}>
                    {TARGET_KINDS.map((k) => <option key={k} value={k}>{t(`targetSets.kinds.${k}`)}</option>)}
                  </select>
                </td>
                <td><input className="num" aria-label={t('targetSets.tolerance')} disabled={r.kind !== 'about'} value={r.kind === 'about' ? r.tolerance : ''} onChange={(e) => set(r.key, { tolerance: e.target.value })} /></td>
                <td><input aria-label={t('targetSets.source')} value={r.source} onChange={(e) => set(r.key, { source: e.target.value })} /></td>
                <td><button type="button" className="button button--small" onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>{t('targetSets.remove')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!built.ok && <ul className="observed__error" role="alert" data-testid="target-set-errors">{built.issues.map((i) => <li key={i}>{i}</li>)}</ul>}
      <div className="observed__actions">
        <button type="button" className="button" data-testid="target-add" onClick={() => setRows((rs) => [...rs, newTargetRow(2030)])}>{t('targetSets.addTarget')}</button>
        <button type="button" className="button" data-testid="target-set-save" disabled={!built.ok} onClick={() => void save()}>{t('targetSets.save')}</button>
        <button type="button" className="button" onClick={onClose}>{t('targetSets.cancel')}</button>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
