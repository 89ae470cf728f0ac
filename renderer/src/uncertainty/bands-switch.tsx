/** The one switch for uncertainty bands and probabilities, with what the bands mean and their status. */
import { useTranslation } from 'react-i18next';
import { APP_RUNS } from './band-request';
import type { BandsState } from './use-bands';

export function BandsSwitch({ on, onChange, state }: { on: boolean; onChange(on: boolean): void; state: BandsState }) {
  const { t } = useTranslation('uncertainty');
  return (
    <div className="bands-switch" data-testid="bands-switch">
      <label>
        <input type="checkbox" role="switch" checked={on} onChange={(e) => onChange(e.target.checked)} data-testid="bands-toggle" />
        {t('switch')}
      </label>
      {on && (
        <p className="bands-switch__note" data-testid="bands-note" data-state={state.error ? 'failed' : state.computing ? 'computing' : 'ready'}>
          {state.error ? t('failed', { reason: state.error }) : state.computing ? t('computing') : t('note', { runs: APP_RUNS })}
        </p>
      )}
    </div>
  );
}
