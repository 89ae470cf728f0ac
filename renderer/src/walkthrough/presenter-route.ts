/** The presenter window is the same page at `#presenter` (opened by the host; see browser-walkthrough.ts and electron/main/presenter-window.ts). */
export const PRESENTER_ROUTE = '#presenter';

export function isPresenterRoute(location: Pick<Location, 'hash'> = window.location): boolean {
  return location.hash === PRESENTER_ROUTE;
}
