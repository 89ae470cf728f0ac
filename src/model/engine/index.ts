/** The cohort-component engine: life tables, projection, shared types. */
export * from './types';
export { lifeTable, survivalFromMx, e0FromMx, type LifeTable, type LifeTableOptions } from './life-table';
export { abridgedLifeTable, type AbridgedLifeTable } from './abridged-life-table';
export { andreevKingkadeA0, type A0Sex } from './infant-ax';
export { project, projectStep, cellIndex, type ProjectionInputs, type StepResult } from './project';
