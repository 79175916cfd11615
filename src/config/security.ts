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
import { LOCAL_EDITOR_SERVER } from './editor';

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

/** A meta element cannot carry frame-ancestors: browsers ignore it there (and warn about it). */
const forMeta = (directives: [string, string][]) => directives.filter(([name]) => name !== 'frame-ancestors');

/** As a meta element. */
export const META_CONTENT_SECURITY_POLICY = serialize(forMeta(DIRECTIVES));

/**
 * The web editor's page (/quan-tri/) alone: Decap CMS styles itself with
 * inline style elements (emotion) and compiles its configuration schema with
 * new Function (ajv), so it needs 'unsafe-inline' styles and 'unsafe-eval';
 * it talks to the git host's API and shows avatars from it; it previews
 * uploads as blob: URLs; http://localhost:8081 is decap-server, for editing a
 * local clone. A self-hosted GitLab or Gitea/Forgejo adds its own address.
 * No page may frame it. Every other directive, and every other page, keeps
 * the policy above.
 */
function editorDirectives(apiRoot?: string): [string, string][] {
  const own = apiRoot ? ` ${new URL(apiRoot).origin}` : '';
  const editor: Record<string, string> = {
    'script-src': "'self' 'unsafe-eval'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': `'self' data: blob: https://avatars.githubusercontent.com https://gitlab.com https://secure.gravatar.com${own}`,
    'connect-src': `'self' https://api.github.com https://gitlab.com ${LOCAL_EDITOR_SERVER}${own}`,
    'frame-ancestors': "'none'",
  };
  return DIRECTIVES.map(([name, value]) => [name, editor[name] ?? value]);
}

export const editorContentSecurityPolicy = (apiRoot?: string) => serialize(editorDirectives(apiRoot));
export const editorMetaContentSecurityPolicy = (apiRoot?: string) => serialize(forMeta(editorDirectives(apiRoot)));

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/**
 * The `_headers` file of Netlify-style hosts, for a site under `base`. The
 * editor's rule comes after the site's: Netlify applies every rule that
 * matches a path in order, a later value of a header replacing an earlier one
 * (headersForPath in netlify/primitives), so the editor's folder gets its own
 * policy and every other path the site's.
 */
export function headersFile(base: string, editorPath: string, editorPolicy: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const lines = [
    '# Written by the build from src/config/security.ts.',
    `${root}*`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    '',
    "# The web editor's own policy (editorDirectives), replacing the site's there.",
    `${root}${editorPath.replace(/^\//, '')}*`,
    `  Content-Security-Policy: ${editorPolicy}`,
    '',
    '# Names under _astro/ change whenever their content does.',
    `${root}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
  ];
  return `${lines.join('\n')}\n`;
}
