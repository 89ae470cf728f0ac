/**
 * The library's messages in the interface language. A host error is explained by its kind (what is
 * wrong with the file, and that nothing was changed or lost); the host's English detail, which names
 * the file, is kept for the tooltip and the log.
 */
import type { TFunction } from 'i18next';
import type { HostError } from '../../../src/host/contract';
import { splitBilingual } from '@model';
import type { Message } from './library-session-types';
import { localized } from '../../../src/format';

/** What is wrong, by kind: "The file is damaged: …". Every kind of the contract has its own text. */
export function hostErrorText(error: HostError, t: TFunction): string {
  if (error.kind === 'invalid' && error.field) return t('errors.invalidField', { field: error.field });
  return t(`errors.${error.kind}`, { version: error.version ?? '?' });
}

/**
 * The full sentence of a message: what failed, why, and what happened to the user's work. A name with
 * both languages (a preset or a copy of one, "近期趋势延续 · Recent trend continued") is shown in
 * `language`.
 */
export function messageText(message: Message, t: TFunction, language?: 'zh-CN' | 'en'): string {
  const params = { ...(message.params ?? {}) };
  if (language && typeof params.name === 'string') params.name = localized(splitBilingual(params.name), language);
  const head = t(message.key, params);
  if (!message.error) return head;
  return `${head} ${hostErrorText(message.error, t)} ${t('errors.nothingLost')}`;
}

/** Last-modified and saved-at times: "2026年5月12日 14:03", "May 12, 2026, 2:03 PM". */
export function formatTime(iso: string, language: 'zh-CN' | 'en', timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'zh-CN' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}
