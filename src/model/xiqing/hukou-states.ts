/**
 * The Xiqing model's states (sub-populations by hukou status), in the engine's state order.
 * Students are not a state: they are a special population held apart (see base-population.ts).
 */

/** State names in engine order: 0 local, 1 tianjin, 2 outside. */
export const STATES = ['local', 'tianjin', 'outside'] as const;
export type StateName = (typeof STATES)[number];

/** Residents holding Xiqing hukou (本区户籍常住). */
export const LOCAL = 0;
/** Residents whose hukou is in another Tianjin district (市内人户分离). */
export const TIANJIN = 1;
/** Residents whose hukou is outside Tianjin (外省市). */
export const OUTSIDE = 2;
