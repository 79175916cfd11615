/** The security headers: the content security policy and the headers file that carries it under the base. */
import { describe, expect, it } from 'vitest';
import { headersFile, CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../src/config/security';

describe('security headers', () => {
  it('allow WebAssembly for search and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('cover the whole site under its base', () => {
    expect(headersFile('/pbgdpl/')).toMatch(/^\/pbgdpl\/\*\n {2}Content-Security-Policy: default-src 'self';/m);
    expect(headersFile('/pbgdpl/')).toContain('/pbgdpl/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});
