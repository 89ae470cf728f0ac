/**
 * One toast area for every status message of the window (file operations, the library, chart exports):
 * a fixed strip at the foot of the window above the content, so a message never takes room from, or
 * reflows, the card or bar that caused it. Messages render here through a portal; without the area
 * mounted (a component tested alone) they render in place.
 */
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

const AREA_ID = 'toast-area';

/** The area itself: mounted once, in the app shell. */
export function ToastArea() {
  return <div id={AREA_ID} className="toast-area" data-testid="toast-area" />;
}

/** Renders `children` in the toast area. */
export function Toast({ children }: { children: ReactNode }) {
  // Looked up at render: the area is mounted with the app shell, long before any message shows.
  const area = document.getElementById(AREA_ID);
  if (area) return createPortal(children, area);
  return <>{children}</>;
}
