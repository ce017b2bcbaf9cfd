import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { openCore } from '../core/api/in-process-core';
import { parseCommand, USAGE, UsageError, type Command } from './args';
import { runAnnotations } from './annotations-command';
import { runImport } from './import-command';
import { runOfficials, runOfficialsAdd, runOfficialsSuggest } from './officials-command';
import { runList } from './list-command';
import { runMeetings } from './meetings-command';
import { runMeetingsSuggest } from './meetings-suggest-command';
import { runSearch } from './search-command';
import { defaultNotebookPath } from './user-data';
import { runWeb } from './web-command';

/** `dossier`: the command-line host over the same core as the app. Exit 0 ok, 1 failure, 2 usage. */
async function main(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`dossier: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const notebookPath = resolve(command.notebook ?? defaultNotebookPath());
  mkdirSync(dirname(notebookPath), { recursive: true });
  try {
    if (command.name === 'web') return await runWeb(notebookPath, command.port, command.open);
    const core = openCore({ notebookPath, parseWorkerScript: join(__dirname, 'parse-worker.cjs') });
    try {
      if (command.name === 'import') return await runImport(core, command.paths, command.json);
      if (command.name === 'search') return await runSearch(core, command.query, command.limit, command.json);
      if (command.name === 'annotations') return await runAnnotations(core, command);
      if (command.name === 'officials') return await runOfficials(core, command.json);
      if (command.name === 'officials-suggest') return await runOfficialsSuggest(core, command.json);
      if (command.name === 'officials-add') return await runOfficialsAdd(core, command.official, command.json);
      if (command.name === 'meetings') return await runMeetings(core, command.json);
      if (command.name === 'meetings-suggest') return await runMeetingsSuggest(core, command, command.json);
      return await runList(core, command.json);
    } finally {
      await core.close();
    }
  } catch (error) {
    if (error instanceof AppError) {
      process.stderr.write(`dossier: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dossier: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
