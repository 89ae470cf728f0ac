/** What every component may reach: the editor store and the host. Set once at start-up. */
import { createContext, useContext } from 'react';
import type { Host } from '../host/host';
import type { AppStore } from '../state/app-store';

export interface AppServices {
  store: AppStore;
  host: Host;
}

export const AppContext = createContext<AppServices | null>(null);

export function useAppServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useAppServices needs an <AppContext.Provider>');
  return services;
}
