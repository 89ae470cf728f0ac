/** Writes docs/output-fields.md from the indicator registry (`npm run docs:outputs`). */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputFieldsDoc } from '@model';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/output-fields.md');
writeFileSync(file, outputFieldsDoc());
console.log(`wrote ${file}`);
