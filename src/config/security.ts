/**
 * The security policy of every page, in one place: the build writes it into
 * each page (a meta element, which any host serves), into `_headers` for
 * Netlify-style hosts, and deploy/nginx/security-headers.conf repeats it for
 * nginx (a test keeps the two equal).
 *
 * Every script, style, font and image is self-hosted, so 'self' suffices.
 * Pagefind compiles its WebAssembly search, which needs 'wasm-unsafe-eval' and
 * nothing looser; no inline script exists to allow.
 */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'self'"],
];

const serialize = (directives: [string, string][]) => directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** As an HTTP header. */
export const CONTENT_SECURITY_POLICY = serialize(DIRECTIVES);

/** As a meta element, where browsers ignore frame-ancestors (and warn about it). */
export const META_CONTENT_SECURITY_POLICY = serialize(DIRECTIVES.filter(([name]) => name !== 'frame-ancestors'));

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The `_headers` file of Netlify-style hosts, for a site under `base`. */
export function headersFile(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const lines = [
    '# Written by the build from src/config/security.ts.',
    `${root}*`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    '',
    '# Names under _astro/ change whenever their content does.',
    `${root}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
  ];
  return `${lines.join('\n')}\n`;
}
