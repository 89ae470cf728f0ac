/**
 * The layer boundaries in eslint.config.js, proven on small in-memory files: each rule fails a
 * deliberately wrong import, and the allowed import beside it passes. The files do not exist; ESLint
 * picks the rules for them by their path.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: REPO });
});

/** The rule ids and messages ESLint reports for `code` as if it were the file at `filePath` (repo-relative). */
async function problems(filePath: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO}/${filePath}` });
  return result.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

const restricted = (found: { ruleId: string | null; message: string }[]) => found.filter((p) => p.ruleId === 'no-restricted-imports');

describe('nothing outside src/model imports a model internal', () => {
  const cases: [where: string, internal: string, frontDoor: string][] = [
    ['renderer/src/results/fixture.ts', "import { runXiqing } from '../../../src/model/xiqing/model';", "import { runXiqing } from '@model';"],
    ['src/cli/fixture.ts', "import { runXiqing } from '../model/xiqing/model';", "import { runXiqing } from '@model';"],
    ['src/export/fixture.ts', "import { SERVICE_FIELDS } from '../model/service-demand';", "import { SERVICE_FIELDS } from '@model';"],
    ['src/host/library/fixture.ts', "import { serializeScenario } from '../../model/scenario-file/scenario-file';", "import { serializeScenario } from '@model';"],
    ['electron/main/fixture.ts', "import { parseScenarioText } from '../../src/model/scenario-file/scenario-file';", "import { parseScenarioText } from '@model';"],
    ['bench/fixture.ts', "import { project } from '../src/model/engine/project';", "import { project } from '@model';"],
  ];
  for (const [where, internal, frontDoor] of cases) {
    it(`${where}: an internal path fails, @model passes`, async () => {
      const bad = restricted(await problems(where, `${internal}\n`));
      expect(bad).toHaveLength(1);
      expect(bad[0].message).toContain('@model');
      expect(restricted(await problems(where, `${frontDoor}\n`))).toEqual([]);
    });
  }

  it("the renderer's own model folder (renderer/src/model) is not the model", async () => {
    expect(restricted(await problems('renderer/src/results/fixture.ts', "import { computeResults } from '../model/model-results';\nexport const f = computeResults;\n"))).toEqual([]);
  });

  it('tests and the scripts that build model data may reach internals', async () => {
    expect(restricted(await problems('test/model/fixture.test.ts', "import { runXiqing } from '../../src/model/xiqing/model';\nexport const f = runXiqing;\n"))).toEqual([]);
    expect(restricted(await problems('scripts/base-population/fixture.ts', "import { graduateWithInfant } from '../../src/model/demography/graduation';\nexport const f = graduateWithInfant;\n"))).toEqual([]);
  });
});

describe('src/model imports nothing from the layers that depend on it', () => {
  for (const spec of ['../host/contract', '../export/columns', '../cli/args', '../../renderer/src/state/scenario', '../../electron/main/ipc']) {
    it(`src/model may not import ${spec}`, async () => {
      const bad = restricted(await problems('src/model/fixture.ts', `import { x } from '${spec}';\nexport const f = x;\n`));
      // '../../electron/...' is also caught by the no-Electron rule; the layer rule must fire regardless.
      expect(bad.map((p) => p.message)).toContainEqual(expect.stringMatching(/src\/model imports nothing from/));
    });
  }

  it('its own folders are fine', async () => {
    expect(restricted(await problems('src/model/compare/fixture.ts', "import { runXiqing } from '../xiqing/model';\nexport const f = runXiqing;\n"))).toEqual([]);
  });
});

describe('src/host imports no Electron, Node built-ins or React (it is bundled into the sandboxed preload)', () => {
  for (const spec of ['electron', 'node:fs', 'fs', 'path', 'react', 'react-dom/client']) {
    it(`src/host may not import ${spec}`, async () => {
      const bad = restricted(await problems('src/host/fixture.ts', `import * as x from '${spec}';\nexport const f = x;\n`));
      expect(bad).toHaveLength(1);
      expect(bad[0].message).toContain('sandboxed preload');
    });
  }

  it('zod and the model front door are fine', async () => {
    expect(restricted(await problems('src/host/fixture.ts', "import { z } from 'zod';\nimport { LEVER_IDS } from '@model';\nexport const f = [z, LEVER_IDS];\n"))).toEqual([]);
  });
});

describe('the shared strings and formatting (src/format, src/i18n) stay pure: the app, exports and main process all import them', () => {
  for (const where of ['src/format/fixture.ts', 'src/i18n/fixture.ts']) {
    for (const spec of ['react', 'electron', 'node:fs', 'fs']) {
      it(`${where} may not import ${spec}`, async () => {
        const bad = restricted(await problems(where, `import * as x from '${spec}';\nexport const f = x;\n`));
        expect(bad).toHaveLength(1);
      });
    }
    it(`${where}: a model internal fails, @model passes`, async () => {
      expect(restricted(await problems(where, "import { LEVER_SPECS } from '../model/xiqing/levers/lever-specs';\nexport const f = LEVER_SPECS;\n"))).toHaveLength(1);
      expect(restricted(await problems(where, "import { LEVER_SPECS } from '@model';\nexport const f = LEVER_SPECS;\n"))).toEqual([]);
    });
  }
});

describe('react-hooks rules apply to the renderer', () => {
  it('a hook called conditionally fails rules-of-hooks', async () => {
    const code = "import { useState } from 'react';\nexport function C({ on }: { on: boolean }) {\n  if (on) {\n    const [v] = useState(0);\n    return v;\n  }\n  return null;\n}\n";
    const found = await problems('renderer/src/app/fixture.tsx', code);
    expect(found.map((p) => p.ruleId)).toContain('react-hooks/rules-of-hooks');
  });
});
