/**
 * The left column: the key levers of the mission first (fertility under the three-child policy,
 * central-city relocation, talent), so they are reachable at a glance; then the other lever cards
 * grouped by the plan's chapters, then the service norms. Each lever has one card (a key lever is not
 * repeated in its chapter, whose summary says where it is).
 */
import { samePathValue } from '@model';
import { memo, useMemo } from 'react';
import { useAppServices } from '../app/app-context';
import { useAfterFirstPaint } from '../app/use-after-first-paint';
import type { AppState } from '../state/app-store';
import { useAppState } from '../state/use-app-state';
import { CONTROLS, controlDefault, controlPathValue, controlValue, type ControlSpec } from '../state/scenario';
import { KEY_LEVERS } from './key-levers';
import { LeverCard } from './lever-card';
import { useCachedT } from '../i18n/use-view-context';

const CHAPTERS = ['fertility', 'mortality', 'migration', 'talent', 'horizon', 'services'] as const;
/** Chapters shown collapsed at first: the norms are many and rarely changed. */
const COLLAPSED = new Set<string>(['services']);
const isKey = (c: ControlSpec) => c.group === 'levers' && KEY_LEVERS.includes(c.spec.id);

const activeScenario = (state: AppState) => state.entries[state.activeId].scenario;

/**
 * One lever card with its value read from the store here, so a lever move re-renders the moved
 * card alone, not the panel and its other cards.
 */
const StoredLeverCard = memo(function StoredLeverCard({ control }: { control: ControlSpec }) {
  const value = useAppState((state) => controlValue(activeScenario(state), control));
  const path = useAppState((state) => (control.spec.path ? controlPathValue(activeScenario(state), control) : undefined));
  return <LeverCard control={control} value={value} path={path} />;
});

/** "N changed" on a chapter's summary, from the store (a number: re-rendered only when it changes). */
function ChangedInChapter({ controls }: { controls: readonly ControlSpec[] }) {
  const t = useCachedT();
  const changed = useAppState((state) => controls.filter((c) => !samePathValue(controlPathValue(activeScenario(state), c), controlDefault(c))).length);
  return changed > 0 ? <span className="chapter__changed">{t('levers.changedInChapter', { count: changed })}</span> : null;
}

/**
 * The panel itself reads nothing of the scenario and takes no props: memoised, a lever move (which
 * re-renders the editor page) does not re-render it (see StoredLeverCard).
 */
export const LeverPanel = memo(function LeverPanel() {
  const t = useCachedT();
  const { store } = useAppServices();
  // A collapsed chapter's cards (the 37 service norms) are made after the first paint.
  const allCards = useAfterFirstPaint();
  const keyControls = useMemo(() => KEY_LEVERS.map((id) => CONTROLS.find((c) => isKey(c) && c.spec.id === id)!), []);
  const groups = useMemo(
    () => CHAPTERS.map((chapter) => ({ chapter, controls: CONTROLS.filter((c) => c.spec.chapter === chapter && !isKey(c)) })).filter((g) => g.controls.length > 0),
    [],
  );
  const card = (control: ControlSpec) => <StoredLeverCard key={`${control.group}.${control.spec.id}`} control={control} />;

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
      {groups.map(({ chapter, controls }) => (
        <details key={chapter} className="chapter" open={!COLLAPSED.has(chapter)} data-chapter={chapter}>
          <summary className="chapter__summary">
            <span className="chapter__name">{t(`chapters.${chapter}`)}</span>
            <ChangedInChapter controls={controls} />
          </summary>
          <ul className="chapter__cards">
            {(allCards || !COLLAPSED.has(chapter)) && controls.map(card)}
          </ul>
        </details>
      ))}
    </section>
  );
});
