/**
 * The host's gate for scenario text: every file the host reads (library, dialogs, drops, recovery
 * names) and every text it is asked to save goes through the model's own loader, and a refusal comes
 * back as a {@link HostError} the renderer can show. Pure: used by main and by the browser host.
 */
import { parseScenarioText, type ScenarioFile as Scenario } from '@model';
import { describeTooLarge, type HostError, type HostErrorKind } from './contract';

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
  return { ok: false, error: error.kind === 'future-version' ? hostError(error.kind, message, error.version) : hostError(error.kind, message) };
}

/** The error for bytes that are not UTF-8: to the user that is a damaged (or binary) file. */
export function notUtf8Error(fileName: string): HostError {
  return hostError('not-json', `${fileName} is not UTF-8 text, so it cannot be a scenario file.`);
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
