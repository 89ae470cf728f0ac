/** A typed in-page event hub for host events raised by the page itself (its own menu, shortcuts, tests). */
import type { HostEvent, HostEventListener, HostEvents, Unsubscribe } from '../../../src/host/contract';

export interface EventHub {
  on<E extends HostEvent>(event: E, listener: HostEventListener<E>): Unsubscribe;
  emit<E extends HostEvent>(event: E, ...args: HostEvents[E]): void;
}

/** Listeners are stored untyped; `on` and `emit` keep each event's arguments typed at the edges. */
type AnyListener = (...args: unknown[]) => void;

export function createEventHub(): EventHub {
  const listeners = new Map<HostEvent, Set<AnyListener>>();
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<AnyListener>();
      const stored = listener as unknown as AnyListener;
      set.add(stored);
      listeners.set(event, set);
      return () => { set.delete(stored); };
    },
    emit(event, ...args) {
      // A copy, so a listener that unsubscribes while handling does not skip its neighbours.
      for (const listener of [...(listeners.get(event) ?? [])]) listener(...args);
    },
  };
}
