import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/corpus';

const eslint = new ESLint({ cwd: projectRoot, overrideConfigFile: join(projectRoot, 'tests/lint/eslint.config.js') });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(projectRoot, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'dossier/import-boundaries').map((m) => m.message);
}

describe('lint', () => {
  it('passes on the whole project, the import rules of ARCHITECTURE.md included', { timeout: 240_000 }, async () => {
    const results = await eslint.lintFiles(['main', 'renderer', 'shared', 'tests']);
    const problems = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  });

  it('stops main/core from reaching Electron or the hosts', async () => {
    expect(await boundaryErrors('main/core/api/x.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(await boundaryErrors('main/core/api/x.ts', "import { w } from '../../electron/window';")).toEqual([
      'main/core/ may not import main/electron/window/ (see ARCHITECTURE.md, Layout).',
    ]);
    expect(await boundaryErrors('main/core/api/x.ts', "import { s } from '../../server/web-server';")).toHaveLength(1);
    expect(await boundaryErrors('main/core/api/x.ts', "import Database from 'better-sqlite3'; import { z } from '../../../shared/contract';")).toEqual([]);
  });

  it('keeps renderer and shared away from main, Node and the database', async () => {
    expect(await boundaryErrors('renderer/app/x.ts', "import { dispatch } from '../../main/core/api/dispatch';")).toHaveLength(1);
    expect(await boundaryErrors('renderer/app/x.ts', "import fs from 'node:fs';")).toHaveLength(1);
    expect(await boundaryErrors('shared/text/x.ts', "import { openNotebook } from '../../main/core/db/open';")).toHaveLength(1);
    expect(await boundaryErrors('shared/text/x.ts', "import { readFileSync } from 'fs';")).toHaveLength(1);
  });

  it('lets the preload import only electron and the contract', async () => {
    expect(await boundaryErrors('main/preload/x.ts', "import { contextBridge } from 'electron'; import { isChannelName } from '../../shared/contract/channels';")).toEqual([]);
    expect(await boundaryErrors('main/preload/x.ts', "import { normalizeText } from '../../shared/text/normalize';")).toHaveLength(1);
    expect(await boundaryErrors('main/preload/x.ts', "import { z } from 'zod';")).toHaveLength(1);
  });
});
