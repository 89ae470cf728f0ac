/**
 * "What would it take?": a collapsible section under the plan-target checklist. The user picks an
 * indicator, a target, a year and one lever; Solve runs the model's goal seek on the active scenario
 * and says the answer in words; Apply sets the lever (rounded to its step) as one undoable change
 * through the store's normal lever path.
 */
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { LEVER_SPECS, type LeverChapter, type LeverId } from '@model';
import { useAppServices } from '../app/app-context';
import { useLanguage } from '../i18n/use-language';
import { useAppState } from '../state/use-app-state';
import {
  answerStatus,
  answerText,
  buildGoalRequest,
  DEFAULT_GOAL_INDICATOR,
  DEFAULT_GOAL_LEVER,
  defaultGoalYear,
  defaultTargetText,
  GOAL_INDICATORS,
  GOAL_LEVERS,
  goalIndicator,
  goalYears,
  indicatorAt,
  parseGoalTarget,
  planTargetFor,
  solveGoal,
  targetScale,
  understoodText,
  type GoalAnswer,
} from './goal-seek-logic';
import { onOpenGoalSeek } from './goal-seek-events';
import './goal-seek.css';
import { useActiveTargets } from '../plan-data/plan-data-store';
import { localized } from '../../../src/format';
import { useCachedT } from '../i18n/use-view-context';

/** The solvable levers grouped by the plan's chapters, in display order. */
const LEVER_GROUPS: [LeverChapter, LeverId[]][] = [];
for (const id of GOAL_LEVERS) {
  const chapter = LEVER_SPECS[id].chapter;
  const group = LEVER_GROUPS.find(([c]) => c === chapter);
  if (group) group[1].push(id);
  else LEVER_GROUPS.push([chapter, [id]]);
}

export function GoalSeekPanel() {
  const t = useCachedT('goalSeek');
  const { format, language } = useLanguage();
  const { store } = useAppServices();
  // The end year and the answer's status, not the scenario: a lever move re-renders the panel only
  // when one of them changes. Handlers read the values as they are when they run.
  const endYear = useAppState((state) => state.entries[state.activeId].scenario.levers.endYear);
  const activeValues = () => store.getState().entries[store.getState().activeId].scenario;
  const targets = useActiveTargets().targets;
  const uid = useId();
  const ids = { indicator: `${uid}-indicator`, target: `${uid}-target`, unit: `${uid}-unit`, understood: `${uid}-understood`, error: `${uid}-error`, year: `${uid}-year`, lever: `${uid}-lever` };

  const ctx = useMemo(() => ({ t, format }), [t, format]);
  const years = useMemo(() => goalYears(endYear), [endYear]);
  const [indicator, setIndicator] = useState(DEFAULT_GOAL_INDICATOR);
  const [year, setYear] = useState(() => defaultGoalYear(endYear));
  // The figure that sets the box's unit (as the tiles would show it): the plan's target or the scenario's value.
  const [reference, setReference] = useState(() => planTargetFor(DEFAULT_GOAL_INDICATOR, defaultGoalYear(endYear), targets));
  const [target, setTarget] = useState(() => defaultTargetText(goalIndicator(DEFAULT_GOAL_INDICATOR), defaultGoalYear(endYear), undefined, ctx, targets));
  const details = useRef<HTMLDetailsElement>(null);
  const targetBox = useRef<HTMLInputElement>(null);
  const [lever, setLever] = useState<LeverId>(DEFAULT_GOAL_LEVER);
  const [error, setError] = useState<'target' | 'year' | null>(null);
  const [answer, setAnswer] = useState<GoalAnswer | null>(null);
  const appliedRef = useRef<HTMLParagraphElement>(null);
  const [focusApplied, setFocusApplied] = useState(false);
  // A shorter horizon (end-year lever) may drop the chosen year: use the last one then.
  const shownYear = years.includes(year) ? year : years[years.length - 1];

  const text = useMemo(() => (answer ? answerText(answer, ctx) : null), [answer, ctx]);
  const status = useAppState((state) => (answer ? answerStatus(answer, state.entries[state.activeId].scenario.levers) : null));

  useEffect(() => {
    if (focusApplied && status === 'applied') {
      appliedRef.current?.focus();
      // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-shot focus request, cleared once the applied answer has the focus
      setFocusApplied(false);
    }
  }, [focusApplied, status]);

  /** A new indicator or year prefills the target: the plan's figure, or where the scenario stands. */
  const prefill = (field: string, forYear: number) => {
    const { levers, norms } = activeValues();
    const current = indicatorAt(levers, norms, goalIndicator(field).field, forYear);
    setReference(planTargetFor(field, forYear, targets) ?? current);
    setTarget(defaultTargetText(goalIndicator(field), forYear, current, ctx, targets));
    setError(null);
  };

  // A target tile's button: open here, on its indicator, with the target box in view and focused.
  const openOn = useEffectEvent((field: string) => {
    setIndicator(field);
    prefill(field, shownYear);
    if (details.current) details.current.open = true;
    details.current?.scrollIntoView({ block: 'center' });
    targetBox.current?.focus();
  });
  useEffect(() => onOpenGoalSeek(({ indicator: field }) => openOn(field)), []);

  const solve = (event: FormEvent) => {
    event.preventDefault();
    const { levers, norms } = activeValues();
    const built = buildGoalRequest({ indicator, target, year: shownYear, lever }, scale, levers, norms);
    if (!built.ok) {
      setError(built.error);
      setAnswer(null);
      return;
    }
    setError(null);
    setAnswer(solveGoal(built.request));
  };

  const apply = () => {
    if (!answer?.applied) return;
    store.setValue('levers', answer.request.lever, answer.applied.value);
    setFocusApplied(true);
  };

  const chosen = goalIndicator(indicator);
  const scale = targetScale(chosen, reference, ctx);
  const understood = parseGoalTarget(target, chosen, scale);
  return (
    <details ref={details} className="goal-seek" data-testid="goal-seek">
      <summary className="goal-seek__summary">
        <h2 className="section-title">{t('title')}</h2>
      </summary>
      <p className="goal-seek__intro muted">{t('intro')}</p>
      <form className="goal-seek__form" onSubmit={solve} noValidate>
        <div className="goal-seek__field goal-seek__field--indicator">
          <label htmlFor={ids.indicator}>{t('indicator')}</label>
          <select
            id={ids.indicator}
            data-testid="goal-seek-indicator"
            value={indicator}
            onChange={(event) => {
              setIndicator(event.target.value);
              prefill(event.target.value, shownYear);
            }}
          >
            {GOAL_INDICATORS.map((i) => <option key={i.field} value={i.field}>{t(`translation:${i.labelKey}`)}</option>)}
          </select>
        </div>
        <div className="goal-seek__field goal-seek__field--target">
          <label htmlFor={ids.target}>{t('target')}</label>
          <span className="goal-seek__with-unit">
            <input
              ref={targetBox}
              id={ids.target}
              data-testid="goal-seek-target"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={target}
              aria-invalid={error === 'target'}
              aria-describedby={error === 'target' ? `${ids.unit} ${ids.understood} ${ids.error}` : `${ids.unit} ${ids.understood}`}
              onChange={(event) => setTarget(event.target.value)}
            />
            <span id={ids.unit} className="goal-seek__unit" data-testid="goal-seek-unit">{scale.unit}</span>
          </span>
          {/* What the box read, so "135" in 万人 and "1350000" are seen to mean the same. */}
          <span id={ids.understood} className="goal-seek__understood muted" data-testid="goal-seek-understood" aria-live="polite">
            {Number.isFinite(understood) ? understoodText(understood, chosen, ctx) : ''}
          </span>
        </div>
        <div className="goal-seek__field goal-seek__field--year">
          <label htmlFor={ids.year}>{t('year')}</label>
          <select
            id={ids.year}
            data-testid="goal-seek-year"
            value={shownYear}
            aria-invalid={error === 'year'}
            onChange={(event) => {
              const next = Number(event.target.value);
              setYear(next);
              prefill(indicator, next);
            }}
          >
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div className="goal-seek__field goal-seek__field--lever">
          <label htmlFor={ids.lever}>{t('lever')}</label>
          <select id={ids.lever} data-testid="goal-seek-lever" value={lever} onChange={(event) => setLever(event.target.value as LeverId)}>
            {LEVER_GROUPS.map(([chapter, group]) => (
              <optgroup key={chapter} label={t(`translation:chapters.${chapter}`)}>
                {group.map((id) => <option key={id} value={id}>{localized(LEVER_SPECS[id].label, language)}</option>)}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="submit" className="button goal-seek__solve" data-testid="goal-seek-solve">{t('solve')}</button>
      </form>
      {error && (
        <p id={ids.error} className="goal-seek__error" role="alert" data-testid="goal-seek-error">{t(`errors.${error}`)}</p>
      )}
      <div className="goal-seek__answer" aria-live="polite" data-testid="goal-seek-answer">
        {text && status && (
          <div className={`goal-seek__result goal-seek__result--${text.kind}`} data-kind={text.kind} data-status={status}>
            <p className="goal-seek__headline" data-testid="goal-seek-headline">{text.headline}</p>
            {text.detail && <p className="goal-seek__detail" data-testid="goal-seek-detail">{text.detail}</p>}
            {text.kind === 'found' && status === 'fresh' && (
              <button type="button" className="button goal-seek__apply" data-testid="goal-seek-apply" onClick={apply}>{text.applyLabel}</button>
            )}
            {text.kind === 'found' && status === 'applied' && (
              <p ref={appliedRef} tabIndex={-1} className="goal-seek__applied" data-testid="goal-seek-applied">{text.appliedText}</p>
            )}
            {status === 'stale' && <p className="goal-seek__stale muted">{t('answer.stale')}</p>}
          </div>
        )}
      </div>
    </details>
  );
}
