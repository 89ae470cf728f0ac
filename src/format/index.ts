/**
 * Strings and number formatting shared by the app (renderer), the exports (src/export), the CLI and the
 * main process: one formatter cache, one sign rule, one unit-spacing rule, one bilingual splitter, and
 * lever, norm and indicator values formatted from the model's specs and registry. Pure TypeScript (no
 * React, Electron or Node); its words come from the shared resources in src/i18n.
 */
export { displayName } from './bilingual';
export { formatIndicator, formatIndicatorDiff, formatRelative } from './indicator-format';
export { numberFormat, type NumberFormat, type NumberParts, type PersonsScale } from './number-format';
export { fixed, MINUS, signed, upTo, withUnit } from './numbers';
export { formatSettingPath, formatSettingValue, localized, type DisplaySpec } from './setting-format';
