/**
 * Argument schemas of the walkthrough channels (composed into ARG_SCHEMAS in schemas.ts) and the
 * schema of the presenter state, which main checks before forwarding it to the presenter window and
 * the browser host checks on every message from the other window.
 */
import { z } from 'zod';
import { LANGUAGES, type HostHandlers, type PresenterCommand, type PresenterState } from './contract';
import { fileNameSchema, pathSchema, scenarioTextSchema } from './schema-parts';

/** Every presenter command (complete: the `satisfies` below fails to compile when one is missing). */
export const PRESENTER_COMMANDS = ['next', 'previous', 'first', 'last', 'reveal', 'replay', 'hello'] as const satisfies readonly PresenterCommand[];
type AssertNever<T extends never> = T;
export type _EveryCommandIsListed = AssertNever<Exclude<PresenterCommand, (typeof PRESENTER_COMMANDS)[number]>>;

/** Longest text of a presenter field; walkthrough texts are at most 2,000 characters each. */
const MAX_TEXT = 4_000;
const line = z.string().max(MAX_TEXT, `text is longer than ${MAX_TEXT} characters`);
/** A walkthrough has at most 50 steps (the model's MAX_STEPS). */
const MAX_STEPS = 50;

export const presenterStateSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  walkthroughTitle: line,
  index: z.number().int().min(0).max(MAX_STEPS - 1),
  count: z.number().int().min(1).max(MAX_STEPS),
  step: z.strictObject({
    title: line,
    notes: line,
    question: line.nullable(),
    answer: line.nullable(),
    revealed: z.boolean(),
    changes: z.array(line).max(200),
  }),
  next: z.strictObject({ title: line, notes: line }).nullable(),
}).refine((s) => s.index < s.count, 'index must be below count') satisfies z.ZodType<PresenterState>;

export const presenterCommandSchema = z.enum(PRESENTER_COMMANDS);

export type WalkthroughChannel =
  | 'walkthrough-file:open-dialog' | 'walkthrough-file:save' | 'walkthrough-file:save-as-dialog'
  | 'walkthrough:open-presenter' | 'walkthrough:sync-presenter' | 'walkthrough:presenter-command';

export const WALKTHROUGH_ARG_SCHEMAS: { [K in WalkthroughChannel]: z.ZodType<Parameters<HostHandlers[K]>> } = {
  'walkthrough-file:open-dialog': z.tuple([]),
  'walkthrough-file:save': z.tuple([pathSchema, scenarioTextSchema]),
  'walkthrough-file:save-as-dialog': z.tuple([fileNameSchema, scenarioTextSchema]),
  'walkthrough:open-presenter': z.tuple([]),
  'walkthrough:sync-presenter': z.tuple([presenterStateSchema]),
  'walkthrough:presenter-command': z.tuple([presenterCommandSchema]),
};
