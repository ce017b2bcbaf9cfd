import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl, rendererFileFor } from '../../main/electron/renderer-files';

const root = resolve('/srv/dossier/out/renderer');

describe('rendererFileFor', () => {
  it('serves files under the renderer folder', () => {
    expect(rendererFileFor('dossier://app/index.html', root)).toBe(join(root, 'index.html'));
    expect(rendererFileFor('dossier://app/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'));
  });

  it('answers the root and extension-less routes with index.html', () => {
    expect(rendererFileFor('dossier://app/', root)).toBe(join(root, 'index.html'));
    expect(rendererFileFor('dossier://app/library/trash', root)).toBe(join(root, 'index.html'));
  });

  it('refuses paths that climb out of the renderer folder, however they are spelled', () => {
    for (const url of [
      'dossier://app/../settings.json',
      'dossier://app/%2e%2e/%2e%2e/etc/passwd.txt',
      'dossier://app/assets/..%2F..%2F..%2Fmain%2Felectron.cjs',
      'dossier://app/..%5C..%5Cmain%5Celectron.cjs',
      'dossier://app/assets%2F..%2F..%2F..%2F..%2Fetc%2Fhosts.txt',
    ]) {
      const file = rendererFileFor(url, root);
      if (file !== undefined) expect(file.startsWith(root + '/') || file.startsWith(root + '\\')).toBe(true);
    }
    expect(rendererFileFor('dossier://app/assets/..%2F..%2F..%2Fmain%2Felectron.cjs', root)).toBeUndefined();
  });

  it('refuses other hosts, other schemes, NUL bytes and malformed escapes', () => {
    expect(rendererFileFor('dossier://evil/index.html', root)).toBeUndefined();
    expect(rendererFileFor('file:///srv/dossier/out/renderer/index.html', root)).toBeUndefined();
    expect(rendererFileFor('dossier://app/index.html%00.png', root)).toBeUndefined();
    expect(rendererFileFor('dossier://app/%E0%A4%A.js', root)).toBeUndefined();
  });
});

describe('isAppUrl', () => {
  it('accepts only pages of the app origin', () => {
    expect(isAppUrl('dossier://app/index.html')).toBe(true);
    expect(isAppUrl('dossier://application/index.html')).toBe(false);
    expect(isAppUrl('https://example.org/')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});
