/** The walkthrough editor's step list: select, move up/down (buttons or Alt+arrows), remove, and add the current scenario. */
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkthroughFile, WalkthroughStep } from '@model';
import type { BilingualText } from './bilingual-field';
import { canMove, canRemove, moveStep, removeStep } from './walkthrough-steps';
import { walkthroughStore } from './walkthrough-store';

/** Props of {@link StepList}. */
export interface StepListProps {
  /** The working walkthrough. */
  doc: WalkthroughFile;
  /** Index of the selected step. */
  selected: number;
  /** A bilingual text in the current language. */
  text(value: BilingualText): string;
  /** Where a step's scenario comes from, as one line. */
  sourceText(s: WalkthroughStep, index: number): string;
  /** Adds the scenario editor's current scenario after the selected step. */
  onAddCurrent(): void;
  /** The hint under the add button (names the current scenario). */
  addCurrentHint: string;
}

/** The ordered step list with its per-step buttons and the "add current scenario" button. */
export function StepList({ doc, selected, text, sourceText, onAddCurrent, addCurrentHint }: StepListProps) {
  const { t } = useTranslation('walkthrough');
  const store = walkthroughStore();
  const [focusAfterMove, setFocusAfterMove] = useState<{ index: number; action: string } | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!focusAfterMove) return;
    const button = list.current?.querySelector<HTMLButtonElement>(`[data-step-index="${focusAfterMove.index}"] [data-action="${focusAfterMove.action}"]`);
    // A button disabled by the move (e.g. "up" on the first step) hands the focus to the step itself.
    (button && !button.disabled ? button : list.current?.querySelector<HTMLButtonElement>(`[data-step-index="${focusAfterMove.index}"] [data-action="select"]`))?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-shot focus request, cleared once the moved step's button has the focus
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const move = (index: number, delta: -1 | 1, action: string) => {
    if (!canMove(doc, index, delta)) return;
    store.edit((d) => moveStep(d, index, delta), index + delta);
    setFocusAfterMove({ index: index + delta, action });
  };

  const remove = (index: number) => {
    if (!canRemove(doc, index)) return;
    store.edit((d) => removeStep(d, index), Math.max(0, index - 1));
    setFocusAfterMove({ index: Math.max(0, index - 1), action: 'select' });
  };

  const onStepKey = (event: ReactKeyboardEvent, index: number) => {
    // Alt+↑ / Alt+↓ move the step, as in many list editors; ↑ / ↓ alone move the selection.
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? -1 : 1, 'select');
    } else if (!event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const next = Math.max(0, Math.min(doc.steps.length - 1, index + (event.key === 'ArrowUp' ? -1 : 1)));
      store.select(next);
      setFocusAfterMove({ index: next, action: 'select' });
    }
  };

  return (
    <section className="wt-steps" aria-labelledby="wt-steps-title">
      <h3 id="wt-steps-title" className="wt-steps__title">{t('editor.steps', { count: doc.steps.length })}</h3>
      {doc.steps.length === 0 && <p className="wt-steps__empty">{t('editor.noSteps')}</p>}
      <ol className="wt-steps__list" ref={list} data-testid="walkthrough-steps">
        {doc.steps.map((s, i) => (
          <li key={i} className="wt-steps__item" data-step-index={i} aria-current={i === selected ? 'step' : undefined}>
            <button type="button" className="wt-steps__select" data-action="select" onClick={() => store.select(i)} onKeyDown={(e) => onStepKey(e, i)} aria-pressed={i === selected} aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown">
              <span className="wt-steps__n">{i + 1}</span>
              <span className="wt-steps__text">
                <span className="wt-steps__name">{text(s.title) || t('editor.untitledStep')}</span>
                <span className="wt-steps__source">{sourceText(s, i)}{s.predict ? ` · ${t('editor.hasQuestion')}` : ''}</span>
              </span>
            </button>
            <span className="wt-steps__actions">
              <button type="button" className="button button--icon" data-action="up" onClick={() => move(i, -1, 'up')} disabled={!canMove(doc, i, -1)} aria-label={t('editor.moveUp', { n: i + 1 })} title={t('editor.moveUp', { n: i + 1 })}>↑</button>
              <button type="button" className="button button--icon" data-action="down" onClick={() => move(i, 1, 'down')} disabled={!canMove(doc, i, 1)} aria-label={t('editor.moveDown', { n: i + 1 })} title={t('editor.moveDown', { n: i + 1 })}>↓</button>
              <button type="button" className="button button--icon" data-action="remove" onClick={() => remove(i)} disabled={!canRemove(doc, i)} aria-label={t('editor.remove', { n: i + 1 })} title={t('editor.remove', { n: i + 1 })}>✕</button>
            </span>
          </li>
        ))}
      </ol>
      <div className="wt-steps__add">
        <button type="button" className="button wt-steps__add-button" onClick={onAddCurrent} data-testid="walkthrough-add-current">+ {t('editor.addCurrent')}</button>
        <p className="wt-steps__hint">{addCurrentHint}</p>
        <p className="wt-steps__hint">{t('editor.orderRule')}</p>
      </div>
    </section>
  );
}
