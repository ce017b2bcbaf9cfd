// An ESLint rule for the process boundaries of ARCHITECTURE.md: which folder may import which.
// Relative imports are resolved to project paths first, so `../../electron/x` from main/core is
// caught as main/electron just like an absolute-looking path would be.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Each zone: a project folder and what code in it may not import (project folders or packages). */
const zones = [
  { from: 'shared/', forbidProject: ['main/', 'renderer/', 'tests/', 'resources/'], forbidPackages: ['electron', 'better-sqlite3'], forbidNode: true },
  { from: 'main/core/', forbidProject: ['main/electron/', 'main/preload/', 'main/server/', 'main/cli/', 'renderer/'], forbidPackages: ['electron'] },
  { from: 'main/preload/', onlyProject: ['shared/contract/'], onlyPackages: ['electron'] },
  { from: 'main/electron/', forbidProject: ['renderer/', 'main/server/', 'main/cli/'] },
  { from: 'main/server/', forbidProject: ['renderer/', 'main/electron/', 'main/preload/'], forbidPackages: ['electron'] },
  { from: 'main/cli/', forbidProject: ['renderer/', 'main/electron/', 'main/preload/'], forbidPackages: ['electron'] },
  // The Vite config is build tooling that runs in Node, not renderer code.
  { from: 'renderer/vite.config.ts' },
  { from: 'renderer/', forbidProject: ['main/', 'tests/'], forbidPackages: ['electron', 'better-sqlite3'], forbidNode: true },
];

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function violation(zone, fileDir, specifier) {
  if (specifier.startsWith('.')) {
    const target = relative(projectRoot, resolve(fileDir, specifier)).split('\\').join('/') + '/';
    if (zone.onlyProject) return zone.onlyProject.some((folder) => target.startsWith(folder)) ? null : target;
    return zone.forbidProject?.find((folder) => target.startsWith(folder)) ? target : null;
  }
  if (nodeBuiltins.has(specifier) || specifier.startsWith('node:')) {
    return zone.forbidNode || zone.onlyPackages ? specifier : null;
  }
  const name = packageName(specifier);
  if (zone.onlyPackages) return zone.onlyPackages.includes(name) ? null : name;
  return zone.forbidPackages?.includes(name) ? name : null;
}

export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforces the import rules between main/core, main/electron, main/preload, main/server, renderer and shared.' },
    messages: { forbidden: '{{zone}} may not import {{target}} (see ARCHITECTURE.md, Layout).' },
    schema: [],
  },
  create(context) {
    const file = relative(projectRoot, context.filename).split('\\').join('/');
    const zone = zones.find((candidate) => file.startsWith(candidate.from));
    if (!zone) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const target = violation(zone, dirname(context.filename), source.value);
      if (target) context.report({ node, messageId: 'forbidden', data: { zone: zone.from, target } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};
