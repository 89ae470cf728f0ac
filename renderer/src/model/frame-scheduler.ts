/**
 * Coalesces rapid requests into one piece of work per animation frame: a slider can fire several
 * input events per frame, but only the latest value is worth a model run.
 */
export interface FrameScheduler<T> {
  /** Asks for `work(input)` in the next frame; a later request in the same frame replaces it. */
  request(input: T): void;
  cancel(): void;
}

type RequestFrame = (callback: () => void) => number;
type CancelFrame = (handle: number) => void;

export function createFrameScheduler<T>(
  work: (input: T) => void,
  requestFrame: RequestFrame = (cb) => requestAnimationFrame(cb),
  cancelFrame: CancelFrame = (handle) => cancelAnimationFrame(handle),
): FrameScheduler<T> {
  let handle: number | null = null;
  let latest: { input: T } | null = null;
  return {
    request(input) {
      latest = { input };
      if (handle !== null) return;
      handle = requestFrame(() => {
        handle = null;
        const pending = latest;
        latest = null;
        if (pending) work(pending.input);
      });
    },
    cancel() {
      if (handle !== null) cancelFrame(handle);
      handle = null;
      latest = null;
    },
  };
}
