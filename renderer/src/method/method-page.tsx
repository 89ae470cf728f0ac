/** Method & sources: how the model works, every default with its source and grade, known limits. */
import { describeNormBase } from '@model';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { CONTROLS, controlDefault } from '../state/scenario';
import { formatSettingValue, localized } from '../../../src/format';

const GRADES = ['A', 'B', 'C', 'D', 'U'] as const;

export function MethodPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const how = t('method.how', { returnObjects: true }) as string[];
  const limits = t('method.limits', { returnObjects: true }) as string[];
  return (
    <article className="method" aria-labelledby="method-title">
      <h2 id="method-title">{t('method.title')}</h2>
      <section aria-labelledby="method-how">
        <h3 id="method-how">{t('method.howTitle')}</h3>
        {how.map((paragraph, i) => <p key={i}>{paragraph}</p>)}
      </section>
      <section aria-labelledby="method-limits" className="method__limits">
        <h3 id="method-limits">{t('method.limitsTitle')}</h3>
        <ul>{limits.map((limit, i) => <li key={i}>{limit}</li>)}</ul>
      </section>
      <section aria-labelledby="method-levers">
        <h3 id="method-levers">{t('method.leversTitle')}</h3>
        <div className="table-scroll">
          <table className="method__table">
            <thead>
              <tr>
                <th scope="col">{t('method.chapter')}</th>
                <th scope="col">{t('method.lever')}</th>
                <th scope="col">{t('method.default')}</th>
                <th scope="col">{t('method.range')}</th>
                <th scope="col">{t('method.source')}</th>
                <th scope="col">{t('method.grade')}</th>
              </tr>
            </thead>
            <tbody>
              {CONTROLS.map(({ group, spec }) => (
                <tr key={`${group}.${spec.id}`}>
                  <td>{t(`chapters.${spec.chapter}`)}</td>
                  <th scope="row">
                    {localized(spec.label, language)}
                    {spec.appliesTo && (
                      <span className="method__note">{t('levers.appliesTo', { who: localized(describeNormBase(spec.appliesTo), language) })}</span>
                    )}
                    {spec.path && <span className="method__note">{t('method.byYear')}</span>}
                  </th>
                  <td className="num">{formatSettingValue(spec, controlDefault({ group, spec }), language)}</td>
                  <td className="num">
                    {formatSettingValue(spec, spec.min, language)} – {formatSettingValue(spec, spec.max, language)}
                  </td>
                  <td>
                    {localized(spec.source.text, language)}
                    <span className="method__ref">{spec.source.ref}</span>
                  </td>
                  <td><span className={`grade grade--${spec.source.grade}`} title={t(`grades.${spec.source.grade}`)}>{spec.source.grade}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="method-grades">
        <h3 id="method-grades">{t('method.gradesTitle')}</h3>
        <ul className="method__grades">
          {GRADES.map((grade) => (
            <li key={grade}><span className={`grade grade--${grade}`}>{grade}</span> {t(`grades.${grade}`)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
