/** Keeps the example in docs/inputs-format.md valid. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { project } from '../../../src/model/engine/project';
import { parseInputsFile, toProjectionInputs } from '../../../src/model/inputs-file';

const DOC = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/inputs-format.md');

it('the example file in docs/inputs-format.md is valid and projects', () => {
  const block = /```json\n([\s\S]*?)```/.exec(readFileSync(DOC, 'utf8'));
  expect(block).not.toBeNull();
  const parsed = parseInputsFile(JSON.parse(block![1]));
  expect(parsed).toMatchObject({ ok: true });
  if (!parsed.ok) return;
  expect(project(toProjectionInputs(parsed.value)).population).toHaveLength(3);
});
