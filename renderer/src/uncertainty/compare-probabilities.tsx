/**
 * The compare view's probabilities: for each compared scenario, the chance of meeting each target of
 * the active set (default the plan's) that the fast probabilistic runs cover, computed in the band worker one scenario after the
 * other when the user asks for it (so the comparison itself stays quick).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FAST_FIELDS, HEADLINE_TARGETS, type Comparison, type PlanTarget, type TargetProbability } from '@model';
import { ScenarioColumnHeader } from '../compare/compare-legend';
import type { ComparedScenario } from '../compare/series-view-model';
import { useLanguage } from '../i18n/use-language';
import { APP_RUNS, APP_SEED } from './band-request';
import { createBandHost, type BandHost } from './band-host';
import { localized } from '../../../src/format';

/** The targets shown: those with an indicator the runs draw (not the norm assumptions). */
const drawn = (targets: readonly PlanTarget[]) => targets.filter((p) => p.measure.kind === 'indicator' && FAST_FIELDS.includes(p.measure.field));

export function CompareProbabilities({ comparison, scenarios, targets = HEADLINE_TARGETS }: { comparison: Comparison; scenarios: readonly ComparedScenario[]; targets?: readonly PlanTarget[] }) {
  const TARGETS = drawn(targets);
  const { t } = useTranslation('uncertainty');
  const { format } = useLanguage();
  const [on, setOn] = useState(false);
  const [results, setResults] = useState<{ for: Comparison; targets: readonly PlanTarget[]; rows: (TargetProbability[] | null)[] } | null>(null);
  const host = useRef<BandHost | null>(null);

  useEffect(() => {
    if (!on) return;
    const h = (host.current ??= createBandHost());
    const rows: (TargetProbability[] | null)[] = comparison.scenarios.map(() => null);
    // One scenario after the other: the host answers only its latest request.
    const next = (i: number) => {
      if (i >= comparison.scenarios.length) return;
      const s = comparison.scenarios[i];
      h.request({ levers: s.levers, norms: s.norms }, APP_RUNS, APP_SEED, (reply) => {
        rows[i] = reply.ok ? reply.result.targets : [];
        setResults({ for: comparison, targets, rows: [...rows] });
        next(i + 1);
      }, targets);
    };
    next(0);
  }, [on, comparison, targets]);
  useEffect(
    () => () => {
      host.current?.dispose();
      host.current = null;
    },
    [],
  );

  const rows = results?.for === comparison && results.targets === targets ? results.rows : comparison.scenarios.map(() => null);
  return (
    <section className="compare__section" aria-labelledby="compare-probabilities-title" data-testid="compare-probabilities">
      <h3 id="compare-probabilities-title" className="compare__section-title">{t('compare.title')}</h3>
      <label className="bands-switch">
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} data-testid="compare-probabilities-toggle" /> {t('compare.show', { runs: APP_RUNS })}
      </label>
      {on && (
        <div className="table-scroll">
          <table className="compare-table" data-testid="compare-probabilities-table">
            <thead>
              <tr>
                <th scope="col">{t('compare.target')}</th>
                {scenarios.map((s, i) => <ScenarioColumnHeader key={s.key} name={s.name} colour={s.colour} baseline={i === 0} />)}
              </tr>
            </thead>
            <tbody>
              {TARGETS.map((target) => (
                <tr key={target.id}>
                  <th scope="row">{localized(target.label, format.language)} {target.year}</th>
                  {rows.map((r, i) => {
                    const p = r?.find((x) => x.id === target.id);
                    return (
                      <td key={scenarios[i]?.key ?? i} className="compare-table__cell" data-target={target.id} data-scenario={i} data-probability={p?.probability}>
                        {r === null ? t('compare.computing') : p === undefined ? '—' : `${format.number(p.probability * 100, 0)}%`}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted compare__note">{t('compare.note', { runs: APP_RUNS })}</p>
        </div>
      )}
    </section>
  );
}
