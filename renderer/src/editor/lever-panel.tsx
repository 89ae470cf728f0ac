/**
 * The left column: the key levers of the mission first (fertility under the three-child policy,
 * central-city relocation, talent), so they are reachable at a glance; then the other lever cards
 * grouped by the plan's chapters, then the service norms. Each lever has one card (a key lever is not
 * repeated in its chapter, whose summary says where it is).
 */
import { samePathValue } from '@model';
import { useMemo } from 'react';
import { useAppServices } from '../app/app-context';
import { useAfterFirstPaint } from '../app/use-after-first-paint';
import { useActiveEntry } from '../state/use-app-state';
import { CONTROLS, controlDefault, controlPathValue, controlValue, type ControlSpec } from '../state/scenario';
import { KEY_LEVERS } from './key-levers';
import { LeverCard } from './lever-card';
import { useCachedT } from '../i18n/use-view-context';

const CHAPTERS = ['fertility', 'mortality', 'migration', 'talent', 'horizon', 'services'] as const;
/** Chapters shown collapsed at first: the norms are many and rarely changed. */
const COLLAPSED = new Set<string>(['services']);
const isKey = (c: ControlSpec) => c.group === 'levers' && KEY_LEVERS.includes(c.spec.id);

export function LeverPanel() {
  const t = useCachedT();
  const { store } = useAppServices();
  const { scenario } = useActiveEntry();
  // A collapsed chapter's cards (the 37 service norms) are made after the first paint.
  const allCards = useAfterFirstPaint();
  const keyControls = useMemo(() => KEY_LEVERS.map((id) => CONTROLS.find((c) => isKey(c) && c.spec.id === id)!), []);
  const groups = useMemo(
    () => CHAPTERS.map((chapter) => ({ chapter, controls: CONTROLS.filter((c) => c.spec.chapter === chapter && !isKey(c)) })).filter((g) => g.controls.length > 0),
    [],
  );
  /** One lever card: its value, and its per-year path where the lever takes one. */
  const card = (control: ControlSpec) => (
    <LeverCard
      key={`${control.group}.${control.spec.id}`}
      control={control}
      value={controlValue(scenario, control)}
      path={control.spec.path ? controlPathValue(scenario, control) : undefined}
    />
  );
  const changedIn = (controls: readonly ControlSpec[]) =>
    controls.filter((c) => !samePathValue(controlPathValue(scenario, c), controlDefault(c))).length;

  return (
    <section className="lever-panel" aria-labelledby="lever-panel-title">
      <div className="lever-panel__head">
        <h2 id="lever-panel-title" className="section-title">{t('levers.panelTitle')}</h2>
        {/* Save, Save as and Rename are in the top bar, with the scenario they act on. */}
        <span className="lever-panel__actions">
          <button type="button" className="button button--small" onClick={() => store.resetAll()}>{t('levers.resetAll')}</button>
        </span>
      </div>
      <section className="chapter chapter--key" aria-labelledby="key-levers-title" data-chapter="key">
        <h3 id="key-levers-title" className="chapter__key-title">{t('levers.keyTitle')}</h3>
        <ul className="chapter__cards">
          {keyControls.map(card)}
        </ul>
      </section>
      {groups.map(({ chapter, controls }) => {
        const changed = changedIn(controls);
        return (
          <details key={chapter} className="chapter" open={!COLLAPSED.has(chapter)} data-chapter={chapter}>
            <summary className="chapter__summary">
              <span className="chapter__name">{t(`chapters.${chapter}`)}</span>
              {changed > 0 && <span className="chapter__changed">{t('levers.changedInChapter', { count: changed })}</span>}
            </summary>
            <ul className="chapter__cards">
              {(allCards || !COLLAPSED.has(chapter)) && controls.map(card)}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
