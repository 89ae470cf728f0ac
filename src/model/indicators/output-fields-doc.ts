/** The whole of docs/output-fields.md: an introduction and the generated table, from the registry. */
import { INDICATORS, INDICATOR_IDS } from './indicator-registry';
import { outputFieldsTable } from './output-fields-table';

/** The text of docs/output-fields.md (`npm run docs:outputs` writes it; a test checks it is current). */
export function outputFieldsDoc(): string {
  return [
    '# Output fields',
    '',
    '<!-- Generated from src/model/indicators (the indicator registry) by `npm run docs:outputs`; do not edit by hand. -->',
    '',
    'Every column the CLI (`npm run project -- SCENARIO.json`) and the CSV/XLSX exports write after `year`, in their order:',
    'the demographic indicators, then the service-demand fields not already among them (`docs/services.md` defines',
    'those and their norms). Values are the model\'s: persons as counts (expected values, so not always whole), shares',
    'and percentage ratios as fractions (0.25 = 25%), rates per person or per 1,000, years as numbers. A **stock** is',
    'counted at the row\'s point in time, a **flow** over the calendar year. **Goal seek** says whether `--solve` (and',
    'the app\'s "What would it take?") can solve a lever for the indicator; goal seek stops within half a unit for',
    'counts and within 1e-6 for everything else.',
    '',
    outputFieldsTable(INDICATOR_IDS.map((id) => INDICATORS[id])).trimEnd(),
    '',
  ].join('\n');
}
