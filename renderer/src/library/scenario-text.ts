/**
 * One canonical text per scenario, so "has it changed since it was saved?" is a string comparison:
 * the text the editor would write for a working scenario (`scenarioText`) equals the text of the file
 * it was opened from, passed through {@link canonicalText}.
 */
import { parseScenarioText, type ScenarioFile, scenarioValues, serializeScenario, valueOverrides } from '@model';

/** The text the editor writes for a scenario opened from `file` and not changed since. */
export function canonicalText(file: ScenarioFile): string {
  return serializeScenario({
    name: file.name,
    description: file.description,
    levers: valueOverrides(scenarioValues(file)),
    notes: file.notes,
  });
}

/** `text` (a canonical scenario text) with another name or notes; unreadable text is returned as it is. */
export function withDetails(text: string, details: { name?: string; notes?: string }): string {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return text;
  return canonicalText({ ...parsed.scenario, name: details.name ?? parsed.scenario.name, notes: details.notes ?? parsed.scenario.notes });
}

/**
 * A name not yet taken: `base`, else `numbered(base, 2)`, `numbered(base, 3)`, … (compared without
 * regard to case, as file systems on Windows do).
 */
export function uniqueName(base: string, taken: readonly string[], numbered: (base: string, n: number) => string): string {
  const used = new Set(taken.map((name) => name.trim().toLowerCase()));
  if (!used.has(base.trim().toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = numbered(base, n);
    if (!used.has(candidate.trim().toLowerCase())) return candidate;
  }
}
