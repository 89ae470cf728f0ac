/**
 * `openGoalSeek()`: opens the "What would it take?" panel from elsewhere (a target tile's button) with
 * an indicator chosen, so the panel need not be found by scrolling. The panel listens while mounted.
 */
type Listener = (request: { indicator: string }) => void;
const listeners = new Set<Listener>();

/** Opens the goal-seek panel on `indicator` (a goal-seek indicator field, e.g. "residents"). */
export function openGoalSeek(indicator: string): void {
  for (const listener of [...listeners]) listener({ indicator });
}

/** Subscribes the panel; returns the unsubscribe function. */
export function onOpenGoalSeek(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
