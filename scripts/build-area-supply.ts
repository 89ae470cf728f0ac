/**
 * Fills the placeholder supply table of the shipped areas file
 * (`src/model/areas/data/xiqing-areas-2020.json`) from the model's 2020 area rows under the default
 * levers and norms (method: docs/areas.md §6, src/model/areas/placeholder-supply.ts).
 *
 * Run: `npx tsx scripts/build-area-supply.ts`. The output is committed; a test re-runs
 * `placeholderSupply` and compares, so nobody edits the table by hand.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultAreasFile, serializeAreasFile, xiqingAreas } from '../src/model/areas/index';
import { placeholderSupply } from '../src/model/areas/placeholder-supply';
import { DEFAULT_NORMS } from '../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS } from '../src/model/xiqing/levers/lever-values';

const path = resolve(fileURLToPath(new URL('.', import.meta.url)), '../src/model/areas/data/xiqing-areas-2020.json');
const file = { ...defaultAreasFile(), supply: [] };
const result = xiqingAreas(file, DEFAULT_LEVERS, DEFAULT_NORMS);
const supply = placeholderSupply(file, result.rows.map((r) => r[0]), DEFAULT_NORMS);
writeFileSync(path, serializeAreasFile({ ...defaultAreasFile(), supply }));
console.log(`wrote ${supply.length} supply rows to ${path}`);
