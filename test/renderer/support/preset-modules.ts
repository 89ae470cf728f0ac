/** The preset JSON files as the renderer's import.meta.glob sees them: parsed, keyed by path. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

export function loadPresetModules(): Record<string, unknown> {
  const modules: Record<string, unknown> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    modules[`../../../scenarios/${name}`] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  }
  return modules;
}
