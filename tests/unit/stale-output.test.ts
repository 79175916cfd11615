import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publicFilesIn } from '../../src/integrations/stale-output';

const root = mkdtempSync(path.join(tmpdir(), 'pbgdpl-public-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the public folder, as the build publishes it', () => {
  it('counts every file Vite copies: dot-files, files in dot-folders and a link\'s target, not folders', () => {
    const publicDir = path.join(root, 'public');
    mkdirSync(path.join(publicDir, '.well-known'), { recursive: true });
    mkdirSync(path.join(publicDir, 'empty'));
    writeFileSync(path.join(publicDir, 'favicon.svg'), '<svg/>');
    writeFileSync(path.join(publicDir, '.nojekyll'), '');
    writeFileSync(path.join(publicDir, '.well-known', 'security.txt'), 'Contact: mailto:x@example.vn');
    writeFileSync(path.join(root, 'outside.txt'), 'x');
    symlinkSync(path.join(root, 'outside.txt'), path.join(publicDir, 'linked.txt'));
    const site = path.join(root, 'dist');
    expect(publicFilesIn(publicDir, site).sort()).toEqual(['.nojekyll', '.well-known/security.txt', 'favicon.svg', 'linked.txt'].map((f) => path.join(site, f)).sort());
  });

  it('is empty when the project has no public folder', () => {
    expect(publicFilesIn(path.join(root, 'none'), path.join(root, 'dist'))).toEqual([]);
  });
});
