/**
 * One lever (or service norm) card, drawn entirely from its spec: label, slider and number box in
 * display units, unit, reset, the info popover and a "changed" mark.
 *
 * A slider drag is one undo step: pointer-down opens a gesture, every input event updates the
 * scenario inside it, and pointer-up closes it. Keyboard steps on the slider are one step each.
 */
import { isYearPath, type LeverId, type PathValue, samePathValue } from '@model';
import { memo, useId, useRef, useState } from 'react';
import { useAppServices } from '../app/app-context';
import { displayRange, fromDisplay, toDisplay } from '../format/lever-format';
import { useLanguage } from '../i18n/use-language';
import { controlDefault, type ControlSpec } from '../state/scenario';
import { markLeverInput } from '../testing/instrumentation';
import { NumberBox } from './number-box';
import { LeverInfo } from './lever-info';
import { constantOf } from './path-editing';
import { PathEditor } from './path-editor';
import { formatSettingValue, localized } from '../../../src/format';
import { useCachedT } from '../i18n/use-view-context';

interface LeverCardProps {
  control: ControlSpec;
  /** The value the slider and number box show (a path's plan-year value). */
  value: number;
  /** For a lever whose spec has `path: true`: its value as held, a number or a per-year path. */
  path?: PathValue;
}

/** Keys with which a range input steps its value. */
const NUDGE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);

export const LeverCard = memo(function LeverCard({ control, value, path }: LeverCardProps) {
  const t = useCachedT();
  const { language } = useLanguage();
  const { store } = useAppServices();
  const { spec, group } = control;
  const uid = useId();
  const ids = { label: `${uid}-label`, number: `${uid}-number`, unit: `${uid}-unit`, tip: `${uid}-tip` };
  const dragging = useRef(false);
  // Arrow-key nudges on the focused slider are one gesture: one undo step until the slider loses focus.
  const nudging = useRef(false);
  const label = localized(spec.label, language);
  // A break opportunity after each slash, so "male/female" wraps as "male/ female", never mid-word.
  const unit = localized(spec.unit, language).replace(/\//g, '/\u200B');
  const range = displayRange(spec);
  const byYear = path !== undefined && isYearPath(path);
  // The per-year table is open while the user wants it, and always while the value is a path.
  const [pathOpen, setPathOpen] = useState(false);
  const showPath = path !== undefined && (byYear || pathOpen);
  const defaultValue = controlDefault(control);
  const changed = !samePathValue(path ?? value, defaultValue);

  const endDrag = () => {
    if (!dragging.current) return;
    dragging.current = false;
    store.endGesture();
  };
  const endNudge = () => {
    if (!nudging.current) return;
    nudging.current = false;
    store.endGesture();
  };
  const startDrag = () => {
    dragging.current = true;
    // Released anywhere, even outside the slider: listen on the whole window once.
    window.addEventListener('pointerup', endDrag, { once: true });
    window.addEventListener('pointercancel', endDrag, { once: true });
  };

  return (
    <li className={`lever-card ${changed ? 'lever-card--changed' : ''}`} data-testid={`lever-${spec.id}`} data-lever={spec.id}>
      <div className="lever-card__head">
        <label id={ids.label} htmlFor={ids.number} className="lever-card__label">{label}</label>
        <LeverInfo control={control} tooltipId={ids.tip} />
      </div>
      {byYear ? (
        <p className="lever-card__path-summary" data-testid="path-summary">{formatSettingValue(spec, path, language)}</p>
      ) : (
      <div className="lever-card__controls">
        <input
          type="range"
          className="lever-card__slider"
          min={range.min}
          max={range.max}
          step={range.step}
          value={toDisplay(spec, value)}
          aria-labelledby={ids.label}
          aria-valuetext={formatSettingValue(spec, value, language)}
          onPointerDown={startDrag}
          onChange={(event) => {
            markLeverInput(event.timeStamp);
            store.setValue(group, spec.id, fromDisplay(spec, Number(event.target.value)), { gesture: dragging.current || nudging.current });
          }}
          onKeyDown={(event) => {
            if (NUDGE_KEYS.has(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) nudging.current = true;
            else endNudge();
          }}
          onBlur={() => {
            endDrag();
            endNudge();
          }}
        />
        <NumberBox
          id={ids.number}
          spec={spec}
          value={value}
          describedBy={ids.unit}
          invalidMessage={t('levers.invalid', { min: range.min, max: range.max })}
          clampedMessage={(typed, set) => t('levers.clamped', { typed, set, min: range.min, max: range.max })}
          onCommit={(next) => {
            markLeverInput();
            store.setValue(group, spec.id, next);
          }}
        />
        <span id={ids.unit} className="lever-card__unit">{unit}</span>
      </div>
      )}
      {path !== undefined && (
        <div className="lever-card__path">
          <button
            type="button"
            className="button button--link lever-card__path-toggle"
            aria-expanded={showPath}
            aria-controls={showPath ? `${uid}-path` : undefined}
            onClick={() => {
              if (byYear) store.setLeverPath(spec.id as LeverId, constantOf(path));
              setPathOpen(!showPath);
            }}
            title={byYear ? t('levers.path.toOneValueTitle', { value: formatSettingValue(spec, constantOf(path), language) }) : undefined}
          >
            {byYear ? t('levers.path.toOneValue') : showPath ? t('levers.path.close') : t('levers.path.open')}
          </button>
          {showPath && (
            <PathEditor idPrefix={uid} spec={spec} value={path} label={label} onCommit={(next) => store.setLeverPath(spec.id as LeverId, next)} />
          )}
        </div>
      )}
      <div className="lever-card__foot">
        {changed ? (
          <span className="lever-card__changed" title={t('levers.changedTitle', { value: formatSettingValue(spec, defaultValue, language) })}>
            <span aria-hidden="true">●</span> {t('levers.changed')}
          </span>
        ) : (
          <span />
        )}
        <span className={`grade grade--${spec.source.grade}`} title={t(`grades.${spec.source.grade}`)}>
          {spec.source.grade}
        </span>
        <button
          type="button"
          className="button button--link"
          onClick={() => store.resetValue(group, spec.id)}
          disabled={!changed}
          aria-label={t('levers.resetLabel', { label })}
        >
          {t('levers.reset')}
        </button>
      </div>
    </li>
  );
});
