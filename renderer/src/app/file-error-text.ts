/**
 * A refused file in the interface language, for scenario and walkthrough files alike: the loaders'
 * refusals (not JSON, another kind of file, a newer version, invalid content) and the host's errors.
 * `t` is the caller's namespace, which has the `files.*` keys.
 */
import type { TFunction } from 'i18next';
import type { HostError } from '../../../src/host/contract';

/** What a file loader (the model's scenario or walkthrough loader) reports when it refuses a file. */
export type LoadFailure =
  | { kind: 'not-json' | 'foreign'; message: string }
  | { kind: 'future-version'; message: string; version: number }
  | { kind: 'invalid'; message: string; issues: readonly string[] };

/** A loader's refusal as a sentence. */
export function loadErrorText(error: LoadFailure, t: TFunction): string {
  switch (error.kind) {
    case 'not-json':
      return t('files.notJson');
    case 'foreign':
      return t('files.foreign');
    case 'future-version':
      return t('files.futureVersion', { version: error.version });
    case 'invalid':
      return t('files.invalid', { detail: error.issues.join('; ') });
  }
}

/** A host error; the host validates files with the same loaders, so its error kinds include theirs. */
export function hostErrorText(error: HostError, t: TFunction): string {
  switch (error.kind) {
    case 'not-json':
    case 'foreign':
    case 'invalid':
      return loadErrorText({ kind: error.kind, message: error.message, issues: [error.message] }, t);
    case 'future-version':
      return loadErrorText({ kind: 'future-version', message: error.message, version: error.version ?? 0 }, t);
    default:
      return t(`files.hostErrors.${error.kind}`);
  }
}
