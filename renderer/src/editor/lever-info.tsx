/**
 * The "i" button of a card and its popover: what the lever means, its default and range, the plan
 * sentence or data source and its trust grade. Shown on hover and on keyboard focus (the button's
 * description points at it), and pinned open by a click; Escape closes it.
 */
import { describeNormBase } from '@model';
import { memo, useRef, useState } from 'react';
import { useLanguage } from '../i18n/use-language';
import { controlDefault, type ControlSpec } from '../state/scenario';
import { formatSettingValue, localized } from '../../../src/format';
import { useCachedT } from '../i18n/use-view-context';

/** Height the popover needs below its button, px (a long source sentence runs to about this). */
const POPOVER_ROOM = 260;

/** Memoised: its props stay the same while the card's value moves under a drag. */
export const LeverInfo = memo(function LeverInfo({ control, tooltipId }: { control: ControlSpec; tooltipId: string }) {
  const t = useCachedT();
  const { language } = useLanguage();
  const [pinned, setPinned] = useState(false);
  // Escape hides even a hover/focus popover until the pointer or focus leaves (WCAG 1.4.13).
  const [dismissed, setDismissed] = useState(false);
  // Opens upwards when there is not enough room below the button (cards near the bottom edge).
  const [above, setAbove] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const place = () => {
    const rect = button.current?.getBoundingClientRect();
    if (rect) setAbove(window.innerHeight - rect.bottom < POPOVER_ROOM && rect.top > window.innerHeight - rect.bottom);
  };
  const { spec } = control;
  const label = localized(spec.label, language);
  return (
    <span
      className={`lever-info ${pinned ? 'lever-info--pinned' : ''} ${dismissed ? 'lever-info--dismissed' : ''} ${above ? 'lever-info--above' : ''}`}
    >
      <button
        ref={button}
        type="button"
        className="lever-info__button"
        aria-label={t('levers.info', { label })}
        aria-describedby={tooltipId}
        aria-expanded={pinned}
        onFocus={place}
        // Hover is on the button (which shows the popover), not on the popover: a popover that opens
        // under a resting pointer and is dismissed with Escape must not reopen when it disappears.
        onMouseEnter={place}
        onMouseLeave={() => setDismissed(false)}
        onClick={() => {
          setDismissed(false);
          setPinned(!pinned);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setPinned(false);
            setDismissed(true);
          }
        }}
        onBlur={() => {
          setPinned(false);
          setDismissed(false);
        }}
      >
        i
      </button>
      <span role="tooltip" id={tooltipId} className="lever-info__popover">
        <span className="lever-info__explanation">{localized(spec.explanation, language)}</span>
        <span className="lever-info__facts">
          {t('levers.facts', {
            default: formatSettingValue(spec, controlDefault(control), language),
            min: formatSettingValue(spec, spec.min, language),
            max: formatSettingValue(spec, spec.max, language),
          })}
        </span>
        {spec.appliesTo && (
          <span className="lever-info__applies">{t('levers.appliesTo', { who: localized(describeNormBase(spec.appliesTo), language) })}</span>
        )}
        <span className="lever-info__source">{t('levers.sourceLine', { text: localized(spec.source.text, language) })}</span>
        <span className="lever-info__grade">{t('levers.gradeLine', { grade: t(`grades.${spec.source.grade}`) })}</span>
      </span>
    </span>
  );
});
