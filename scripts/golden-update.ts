/**
 * `npm run golden:update`: rewrites test/golden/<preset>.csv from the CLI's current output for every
 * preset, and removes goldens of presets that no longer exist. The only way the goldens change: run it
 * after an intended change to the model, then read `git diff test/golden/` before committing.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, goldenNames, presetCsv, presetNames } from './golden-presets';

const presets = presetNames();
for (const name of presets) {
  const csv = await presetCsv(name);
  writeFileSync(join(GOLDEN_DIR, `${name}.csv`), csv);
  console.log(`wrote test/golden/${name}.csv (${csv.split('\n').length - 2} rows)`);
}
for (const name of goldenNames().filter((n) => !presets.includes(n))) {
  rmSync(join(GOLDEN_DIR, `${name}.csv`));
  console.log(`removed test/golden/${name}.csv (no such preset any more)`);
}
console.log('Now review the change: git diff --stat test/golden/ && git diff test/golden/');
