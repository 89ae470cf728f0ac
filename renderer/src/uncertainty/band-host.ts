/**
 * Runs band computations in a Web Worker, or on the main thread in small chunks where a worker cannot
 * start. Only the latest request is answered: each new request supersedes the one before.
 */
import { computeBands, type BandReply, type BandRequest } from './band-request';

export interface BandHost {
  /**
   * Asks for bands; `onReply` is called once with the answer unless a later request supersedes it.
   * `targets`: whose probabilities to report (the active set's; default the plan's).
   */
  request(values: BandRequest['values'], runs: number, seed: number, onReply: (reply: BandReply) => void, targets?: BandRequest['targets']): void;
  dispose(): void;
}

export function createBandHost(): BandHost {
  let nextId = 1;
  let current = 0;
  let callback: ((reply: BandReply) => void) | null = null;
  let worker: Worker | null = null;
  let last: BandRequest | null = null;
  const runHere = (request: BandRequest) =>
    void computeBands(request, () => current === request.id).then((reply) => {
      if (reply && reply.id === current) callback?.(reply);
    });
  try {
    worker = new Worker(new URL('./bands.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<BandReply>) => {
      if (event.data.id === current) callback?.(event.data);
    };
    // A worker that fails to load: fall back to the main thread and redo the current request.
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
      if (last && last.id === current) runHere(last);
    };
  } catch {
    worker = null;
  }
  return {
    request(values, runs, seed, onReply, targets) {
      const request: BandRequest = { id: nextId++, values, runs, seed, ...(targets ? { targets } : {}) };
      current = request.id;
      callback = onReply;
      last = request;
      if (worker) worker.postMessage(request);
      else runHere(request);
    },
    dispose() {
      current = -1;
      callback = null;
      worker?.terminate();
      worker = null;
    },
  };
}
