/** Checks untrusted data (e.g. `JSON.parse` output) against the explicit-inputs format. */
import type { z } from 'zod';
import { INPUTS_FILE_FORMAT, INPUTS_FILE_VERSION, type InputsFile, type ParseResult } from './types.js';
import { describeValue, isRecord, numberProblem, type NumberRule } from './leaf-schemas.js';
import { inputsFileSchema, openAgeRule, startYearRule, stepsRule } from './schema.js';

/**
 * Validates an explicit-inputs file. Never throws for bad input: returns every problem as a plain
 * sentence that starts with the field's path, e.g. `years.1961.mx.female has 100 values, expected 101`.
 * A wrong `format` or `version` is reported alone, since the rest of such a file follows other rules.
 */
export function parseInputsFile(data: unknown): ParseResult<InputsFile> {
  if (!isRecord(data)) return fail(`the file must be a JSON object (got ${describeValue(data)})`);
  if (data.format !== INPUTS_FILE_FORMAT) {
    return fail(`format must be "${INPUTS_FILE_FORMAT}" (got ${describeValue(data.format)})`);
  }
  if (data.version !== INPUTS_FILE_VERSION) {
    return fail(`version must be ${INPUTS_FILE_VERSION} (got ${describeValue(data.version)})`);
  }
  const validOrUndefined = (value: unknown, rule: NumberRule) =>
    numberProblem(value, rule) === undefined ? (value as number) : undefined;
  const schema = inputsFileSchema({
    openAge: validOrUndefined(data.openAge, openAgeRule),
    startYear: validOrUndefined(data.startYear, startYearRule),
    steps: validOrUndefined(data.steps, stepsRule),
  });
  const result = schema.safeParse(data);
  if (!result.success) return { ok: false, errors: issueMessages(result.error.issues) };
  // The year refinement guarantees exactly one of survival / mx, which the inferred type cannot express.
  return { ok: true, value: result.data as InputsFile };
}

function fail(message: string): ParseResult<never> {
  return { ok: false, errors: [message] };
}

/** Zod issues → sentences "path problem"; issues flagged `absolute` already name their subject. */
export function issueMessages(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    if (issue.code === 'custom' && issue.params?.absolute === true) return issue.message;
    return `${formatPath(issue.path) || 'the file'} ${issue.message}`;
  });
}

/** ['years', '1950', 'asfr', 3] → `years.1950.asfr[3]`; odd keys are quoted: `years["19 50"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(String(key))) text += text === '' ? String(key) : `.${String(key)}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}
