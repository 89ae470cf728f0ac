import { describe, expect, it } from 'vitest';
import { createFrameScheduler } from '../../../renderer/src/model/frame-scheduler';

function fakeFrames() {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    request: (cb: () => void) => {
      queue.set(next, cb);
      return next++;
    },
    cancel: (handle: number) => void queue.delete(handle),
    flush() {
      const callbacks = [...queue.values()];
      queue.clear();
      callbacks.forEach((cb) => cb());
    },
    get pending() {
      return queue.size;
    },
  };
}

describe('frame scheduler', () => {
  it('runs the latest request once per frame', () => {
    const frames = fakeFrames();
    const runs: number[] = [];
    const scheduler = createFrameScheduler<number>((n) => runs.push(n), frames.request, frames.cancel);
    for (let i = 1; i <= 10; i++) scheduler.request(i);
    expect(frames.pending).toBe(1);
    frames.flush();
    expect(runs).toEqual([10]);
    scheduler.request(11);
    frames.flush();
    expect(runs).toEqual([10, 11]);
  });

  it('cancel drops the pending work', () => {
    const frames = fakeFrames();
    const runs: number[] = [];
    const scheduler = createFrameScheduler<number>((n) => runs.push(n), frames.request, frames.cancel);
    scheduler.request(1);
    scheduler.cancel();
    frames.flush();
    expect(runs).toEqual([]);
  });
});
