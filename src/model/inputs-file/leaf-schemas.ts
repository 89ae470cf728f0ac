/**
 * Zod schemas for the leaves of the inputs file (numbers and age vectors), with plain-word messages.
 *
 * Leaves are checked by hand inside `superRefine` rather than with `z.array(z.number().min(0))` so
 * that one bad vector gives one message ("has 100 values, expected 101", "[3] must not be negative
 * (got -0.2; 4 more values in this list have the same problem)") instead of one zod issue per cell,
 * and so that their issues never abort the checks of the enclosing year.
 */
import { z } from 'zod';

/** A constraint on a number, with the words used when it is broken. */
export interface NumberRule {
  test: (x: number) => boolean;
  /** Completes "… must …", e.g. "not be negative". */
  expectation: string;
}

export const anyNumber: NumberRule = { test: () => true, expectation: 'be a number' };
export const nonNegative: NumberRule = { test: (x) => x >= 0, expectation: 'not be negative' };
export const positive: NumberRule = { test: (x) => x > 0, expectation: 'be greater than 0' };
export const proportion: NumberRule = { test: (x) => x >= 0 && x <= 1, expectation: 'be between 0 and 1' };
export const wholeNumber: NumberRule = { test: (x) => Number.isInteger(x), expectation: 'be a whole number' };

/** A whole number in min..max. */
export function wholeNumberBetween(min: number, max: number): NumberRule {
  return { test: (x) => Number.isInteger(x) && x >= min && x <= max, expectation: `be a whole number from ${min} to ${max}` };
}

/** Describes a JSON value in a message: `"abc"`, `null`, `a list of 3 values`, `an object`, `-0.5`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length} ${value.length === 1 ? 'value' : 'values'}`;
  switch (typeof value) {
    case 'number':
      return String(value);
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** What is wrong with a value: it must `must` but is `got`. */
export interface Problem {
  must: string;
  got: string;
}

/** "must be a number (got null)", with `extra` appended inside the parentheses. */
export function problemText(problem: Problem, extra = ''): string {
  return `must ${problem.must} (got ${problem.got}${extra})`;
}

/** The problem with one number, or undefined if it is fine. */
export function numberProblem(value: unknown, rule: NumberRule): Problem | undefined {
  if (typeof value !== 'number') return { must: 'be a number', got: describeValue(value) };
  if (!Number.isFinite(value)) return { must: 'be a finite number', got: String(value) };
  if (!rule.test(value)) return { must: rule.expectation, got: String(value) };
  return undefined;
}

/** A required leaf: "is missing" when absent, else `check` adds its own issues for the value. */
function requiredLeaf(check: (value: unknown, ctx: z.RefinementCtx) => void) {
  return z.unknown().superRefine((value, ctx) => {
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: 'is missing' });
      return;
    }
    check(value, ctx);
  });
}

/** A required number that satisfies `rule`. */
export function numberSchema(rule: NumberRule) {
  return requiredLeaf((value, ctx) => {
    const problem = numberProblem(value, rule);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problemText(problem) });
  }).transform((value) => value as number);
}

/** Overrides the rule at some indices; `listLength` is the length of the list being checked. */
export type RuleAt = (index: number, listLength: number) => NumberRule | undefined;

/**
 * A list of `length` numbers that all satisfy `rule` (any length if `length` is undefined, which the
 * parser uses when openAge itself is invalid). `ruleAt` may override the rule for single indices.
 */
export function vectorSchema(length: number | undefined, rule: NumberRule, ruleAt?: RuleAt) {
  return requiredLeaf((value, ctx) => {
    if (!Array.isArray(value)) {
      const wanted = length === undefined ? 'a list of numbers' : `a list of ${length} numbers`;
      ctx.addIssue({ code: 'custom', message: `must be ${wanted} (got ${describeValue(value)})` });
      return;
    }
    if (length !== undefined && value.length !== length) {
      ctx.addIssue({ code: 'custom', message: `has ${value.length} values, expected ${length}` });
    }
    // One message per kind of problem: the first offending index, and how many more share it.
    const byKind = new Map<string, { index: number; problem: Problem; more: number }>();
    value.forEach((cell: unknown, index) => {
      const problem = numberProblem(cell, ruleAt?.(index, value.length) ?? rule);
      if (problem === undefined) return;
      const seen = byKind.get(problem.must);
      if (seen) seen.more += 1;
      else byKind.set(problem.must, { index, problem, more: 0 });
    });
    for (const { index, problem, more } of byKind.values()) {
      const extra = more === 0 ? '' : `; ${more} more ${more === 1 ? 'value in this list has' : 'values in this list have'} the same problem`;
      ctx.addIssue({ code: 'custom', message: problemText(problem, extra), path: [index] });
    }
  }).transform((value) => value as number[]);
}

/** A `{ "male": [...], "female": [...] }` pair of vectors. */
export function bySexSchema(length: number | undefined, rule: NumberRule, ruleAt?: RuleAt) {
  return z.strictObject(
    { male: vectorSchema(length, rule, ruleAt), female: vectorSchema(length, rule, ruleAt) },
    { error: (issue) => objectProblem(issue, ['male', 'female']) },
  );
}

/** Plain-word message for a zod object issue (missing, not an object, unknown keys). */
export function objectProblem(
  issue: { code?: string; input?: unknown; keys?: readonly string[] },
  allowed: readonly string[],
): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is missing';
    return `must be an object with ${allowed.map((k) => `"${k}"`).join(', ')} (got ${describeValue(issue.input)})`;
  }
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    const noun = issue.keys.length === 1 ? 'an unknown field' : 'unknown fields';
    return `has ${noun} ${keys} (allowed: ${allowed.join(', ')})`;
  }
  return undefined;
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
