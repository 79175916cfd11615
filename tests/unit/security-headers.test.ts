/** The security headers: the content security policy and the headers file that carries it under the base. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFile, CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, editorContentSecurityPolicy } from '../../src/config/security';

const ENTRIES = [
  { name: 'ke-hoach', folder: true },
  { name: 'quan-tri', folder: true },
  { name: '_astro', folder: true },
  { name: '404.html', folder: false },
];

describe('security headers', () => {
  it('allow WebAssembly for search and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('give the site policy to every path under the base but the editor, which gets its own', () => {
    const file = headersFile('/pbgdpl/', ENTRIES, 'quan-tri', editorContentSecurityPolicy());
    for (const path of ['/pbgdpl/', '/pbgdpl/ke-hoach/*', '/pbgdpl/_astro/*', '/pbgdpl/404.html']) {
      expect(file).toContain(`${path}\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    }
    expect(file).toContain(`/pbgdpl/quan-tri/*\n  Content-Security-Policy: ${editorContentSecurityPolicy()}\n`);
    expect(file.match(/^ {2}Content-Security-Policy/gm)).toHaveLength(5);
    expect(file).toContain('/pbgdpl/*\n  X-Content-Type-Options: nosniff');
    expect(file).toContain('/pbgdpl/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  it("add a self-hosted forge's address to the editor's policy only", () => {
    expect(editorContentSecurityPolicy('https://git.tuphap.example/api/v1')).toContain("connect-src 'self' https://api.github.com https://gitlab.com http://localhost:8081 https://git.tuphap.example;");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
  });

  it('match the nginx recipe for the editor', () => {
    const conf = readFileSync('deploy/nginx/editor-security-headers.conf', 'utf8');
    expect(conf).toContain(`add_header Content-Security-Policy "${editorContentSecurityPolicy()}" always;`);
  });
});
