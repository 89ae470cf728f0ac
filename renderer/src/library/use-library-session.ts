/** The library session of this app, and a slice of its state that re-renders a component when it changes. */
import { useSyncExternalStore } from 'react';
import { useAppServices } from '../app/app-context';
import { librarySessionFor } from './library-session';
import type { LibrarySession, LibrarySessionState } from './library-session-types';

export function useLibrarySession(): LibrarySession {
  const { host, store } = useAppServices();
  return librarySessionFor(host, store);
}

export function useLibraryState<T>(select: (state: LibrarySessionState) => T): T {
  const session = useLibrarySession();
  return useSyncExternalStore(session.subscribe, () => select(session.getState()));
}
