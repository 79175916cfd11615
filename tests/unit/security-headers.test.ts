/** The security headers: the content security policy and the headers file that carries it under the base. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFile, CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, editorContentSecurityPolicy } from '../../src/config/security';

describe('security headers', () => {
  it('allow WebAssembly for search and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('cover the whole site under its base, and give the editor its own policy after it', () => {
    const file = headersFile('/pbgdpl/', '/quan-tri/', editorContentSecurityPolicy());
    expect(file).toMatch(/^\/pbgdpl\/\*\n {2}Content-Security-Policy: default-src 'self';/m);
    // Netlify lets the later matching rule's value of a header win, so the editor's rule must come after the site's.
    const site = file.indexOf('/pbgdpl/*\n');
    const editor = file.indexOf(`/pbgdpl/quan-tri/*\n  Content-Security-Policy: ${editorContentSecurityPolicy()}\n`);
    expect(site).toBeGreaterThanOrEqual(0);
    expect(editor).toBeGreaterThan(site);
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
