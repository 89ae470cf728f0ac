/** docs/services.md lists every norm with the default, range and grade its spec has. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeNormBase } from '../../../src/model/service-demand/norm-population';
import { NORM_IDS, NORM_SPECS } from '../../../src/model/service-demand/norm-specs';

const doc = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/services.md'), 'utf8');

describe('docs/services.md norm table', () => {
  it.each(NORM_IDS)('%s', (id) => {
    const s = NORM_SPECS[id];
    const line = doc.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
    expect(line, `no row for ${id}`).toBeDefined();
    const cells = line!.split('|').map((c) => c.trim());
    expect(cells[3]).toBe(String(s.default));
    expect(cells[4]).toBe(`${s.min} – ${s.max}`);
    expect(cells[6]).toBe(s.source.grade);
    expect(cells[7], 'applies-to column').toBe(describeNormBase(s.appliesTo).en);
  });
});
