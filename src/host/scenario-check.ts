/**
 * The host's gate for scenario text: every file the host reads (library, dialogs, drops, recovery
 * names) and every text it is asked to save goes through the model's own loader, and a refusal comes
 * back as a {@link HostError} the renderer can show. Pure: used by main and by the browser host.
 */
import { parseScenarioText, type ScenarioFile as Scenario } from '@model';
import { describeTooLarge, type HostError, type HostErrorKind } from './contract';
import { notUtf8Reason, type OtherEncoding } from './file-text';

export type { Scenario };

/** A scenario the loader accepted, or why not. Never throws. */
export type CheckedScenario = { ok: true; scenario: Scenario; migratedFrom?: number } | { ok: false; error: HostError };

/** A host error value (a plain object, so it crosses IPC unchanged). */
export function hostError(kind: HostErrorKind, message: string, version?: number): HostError {
  return version === undefined ? { status: 'error', kind, message } : { status: 'error', kind, message, version };
}

/** Runs the model's loader (migrations included) on text read from `fileName`. */
export function checkScenarioText(text: string, fileName: string): CheckedScenario {
  const result = parseScenarioText(text);
  if (result.ok) {
    return result.migratedFrom === undefined ? { ok: true, scenario: result.scenario } : { ok: true, scenario: result.scenario, migratedFrom: result.migratedFrom };
  }
  const { error } = result;
  const message = `${fileName}: ${error.message}.`;
  if (error.kind === 'future-version') return { ok: false, error: hostError(error.kind, message, error.version) };
  if (error.kind === 'invalid') {
    // The first issue's path ("levers.centralCityInflow: …"), so the user is told which field broke.
    const field = /^([^:\s]+):/.exec(error.issues[0] ?? '')?.[1];
    return { ok: false, error: field ? { ...hostError(error.kind, message), field } : hostError(error.kind, message) };
  }
  return { ok: false, error: hostError(error.kind, message) };
}

/** The error for bytes that are not UTF-8: another encoding (named when recognised), or a damaged or binary file. */
export function notUtf8Error(fileName: string, encoding?: OtherEncoding): HostError {
  return hostError('not-json', `${fileName} cannot be opened: ${notUtf8Reason(encoding)}.`);
}

/** The error for a file over the size limit. */
export function tooLargeError(fileName: string, bytes: number, maxBytes: number): HostError {
  return hostError('too-large', describeTooLarge(fileName, bytes, maxBytes));
}

/** Describes any thrown value for an `io` message (Node errors carry their code in the message). */
export function ioError(what: string, error: unknown): HostError {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'ENOSPC' ? 'the disk is full'
      : error instanceof Error ? error.message : String(error);
  return hostError('io', `${what}: ${reason}`);
}
