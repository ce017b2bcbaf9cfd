#!/usr/bin/env node
// The `dossier` command: runs the bundled CLI that `npm install` (its prepare step) builds.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', '..', 'out', 'main', 'cli.cjs');
if (!existsSync(cli)) {
  process.stderr.write('dossier: the app is not built yet; run `npm run build` in the Dossier folder.\n');
  process.exit(1);
}
require(cli);
