/**
 * The Web Worker that computes uncertainty bands off the main thread: the latest request wins, and a
 * run superseded by a newer request stops at its next chunk.
 */
import { computeBands, type BandRequest } from './band-request';

/** The worker's global scope, typed as far as used (the renderer's types are the window's). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<BandRequest>) => void) | null; postMessage(message: unknown): void };
let latest = 0;

scope.onmessage = (event) => {
  const request = event.data;
  latest = request.id;
  void computeBands(request, () => latest === request.id).then((reply) => {
    if (reply && latest === request.id) scope.postMessage(reply);
  });
};
