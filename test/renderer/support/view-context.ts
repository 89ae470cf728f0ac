/** A view context (translations + number format) per language, as the renderer builds it. */
import type { Language } from '../../../src/host/contract';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import type { ViewContext } from '../../../renderer/src/charts/chart-view-model';
import { numberFormat } from '../../../src/format';

export async function viewContext(language: Language): Promise<ViewContext> {
  const i18n = await createI18n(language);
  return { t: i18n.t, format: numberFormat(language) };
}
