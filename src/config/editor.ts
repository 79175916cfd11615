/**
 * Where the web editor (/quan-tri/) reads and writes content, from the
 * environment at build time; CONTRIBUTING.md §12 says how to set each.
 */
type EditorBackendName = 'github' | 'gitlab' | 'gitea';

export interface EditorBackend {
  name: EditorBackendName;
  /** owner/name of the repository that holds content/. */
  repo: string;
  branch: string;
  /** The OAuth endpoint's host (Decap's base_url), for a GitHub OAuth app served elsewhere. */
  baseUrl?: string;
  /** GitLab or Gitea/Forgejo's API, for a server of one's own. */
  apiRoot?: string;
  /** GitLab's OAuth application id (PKCE sign-in). */
  appId?: string;
}

const BACKENDS: readonly EditorBackendName[] = ['github', 'gitlab', 'gitea'];

export function editorBackend(env: Record<string, string | undefined> = process.env): EditorBackend {
  const name = (env.PBGDPL_CMS_BACKEND ?? 'github') as EditorBackendName;
  if (!BACKENDS.includes(name)) throw new Error(`PBGDPL_CMS_BACKEND="${name}": chọn một trong ${BACKENDS.join(', ')}`);
  return {
    name,
    repo: env.PBGDPL_CMS_REPO ?? 'cong-pbgdpl/cong-pbgdpl',
    branch: env.PBGDPL_CMS_BRANCH ?? 'main',
    ...(env.PBGDPL_CMS_BASE_URL ? { baseUrl: env.PBGDPL_CMS_BASE_URL } : {}),
    ...(env.PBGDPL_CMS_API_ROOT ? { apiRoot: env.PBGDPL_CMS_API_ROOT } : {}),
    ...(env.PBGDPL_CMS_APP_ID ? { appId: env.PBGDPL_CMS_APP_ID } : {}),
  };
}

/** decap-server's own address: an editor who runs it beside a clone edits that clone's files (CONTRIBUTING.md §12). */
export const LOCAL_EDITOR_SERVER = 'http://localhost:8081';
