/** "按实际数据校准 / Fit to observed": placeholder until the model takes per-year lever paths. */
import { useTranslation } from 'react-i18next';
import type { ObservationsFile } from '../../../src/model/observations/observations-file';

export function FitPanel({ observed }: { observed: Omit<ObservationsFile, 'format' | 'version'> | null }) {
  const { t } = useTranslation('actuals');
  const usable = !!observed?.observations.some((o) => o.residents !== undefined || o.hukouPopulation !== undefined);
  return (
    <section className="fit" data-testid="fit">
      <h3 className="section-title">{t('fit.title')}</h3>
      <button type="button" className="button" data-testid="fit-run" disabled>{t('fit.button')}</button>
      <p className="muted">{usable ? t('fit.notReady') : t('fit.needObserved')}</p>
    </section>
  );
}
