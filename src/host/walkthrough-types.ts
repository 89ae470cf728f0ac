/**
 * The walkthrough (trainer mode) part of the host contract: walkthrough files and the presenter
 * window. Types only (re-exported by contract.ts), so the sandboxed preload that bundles the contract
 * gains no code from this file; the runtime lists and schemas are in walkthrough-schemas.ts.
 *
 * Walkthrough files travel like scenario files: as text that the host has validated with the model's
 * loader (`parseWalkthroughText`) and answered with the contract's OpenResult / SaveResult.
 *
 * The presenter view is a second window (Electron: a window main opens; a browser: a popup of the
 * same page at `#presenter`). The presenting window sends it a ready-to-show {@link PresenterState}
 * after every change; the presenter sends back {@link PresenterCommand}s (its buttons and keys).
 */
import type { Canceled, HostError, Language } from './contract';

/** What the presenter window can ask the presenting window to do; `hello` asks for the current state. */
export type PresenterCommand = 'next' | 'previous' | 'first' | 'last' | 'reveal' | 'replay' | 'hello';

/** One step as the presenter shows it, in the presenting window's language. */
export interface PresenterStep {
  title: string;
  notes: string;
  /** The "predict first" question, or null. */
  question: string | null;
  /** The answer, formatted (the trainer sees it before the room does), or null. */
  answer: string | null;
  /** Whether the room has seen the answer. */
  revealed: boolean;
  /** "What changed" lines: label, old → new. */
  changes: string[];
}

/** Everything the presenter window shows. Plain strings: the presenter computes nothing. */
export interface PresenterState {
  language: Language;
  walkthroughTitle: string;
  /** 0-based index of the step on screen. */
  index: number;
  count: number;
  step: PresenterStep;
  /** The following step (title and notes), or null on the last one. */
  next: { title: string; notes: string } | null;
}

/** Opening the presenter window: `opened` (or focused, when it was open already). */
export type PresenterOpenResult = { status: 'opened' } | Canceled | HostError;
