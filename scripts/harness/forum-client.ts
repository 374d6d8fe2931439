// Talks to a running production server the way a browser does: signs in
// through Auth.js's credentials endpoint and calls server actions with the
// `Next-Action` protocol (action ids from the build's server-reference
// manifest). Used by the fault suite's write load.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './app-server';

/** The id of a server action in the current build, by exported name. */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`server action ${exportedName} is not in the build`);
  return found[0];
}

export type ActionOutcome =
  | { kind: 'ok'; id?: number }
  | { kind: 'refused'; code: string; message: string }
  /** No answer we can read: connection refused or reset, a 5xx, a timeout. */
  | { kind: 'failed'; detail: string };

export class ForumSession {
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  }

  /** The session cookie, to hand to another instance or a browser. */
  sessionCookie(): { name: string; value: string } | null {
    for (const [name, value] of this.cookies) if (name.endsWith('authjs.session-token')) return { name, value };
    return null;
  }

  useSessionCookie(cookie: { name: string; value: string }) {
    this.cookies.set(cookie.name, cookie.value);
  }

  async get(pathname: string): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${pathname}`, { headers: { cookie: this.cookieHeader() }, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
    this.keep(response);
    return response;
  }

  /** Auth.js credentials sign-in; true when a session cookie came back. */
  async signIn(login: string, password: string): Promise<boolean> {
    const csrf = await this.get('/api/auth/csrf');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${this.baseUrl}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookieHeader() },
      body: new URLSearchParams({ csrfToken, login, password, callbackUrl: `${this.baseUrl}/` }),
      signal: AbortSignal.timeout(30_000),
    });
    this.keep(response);
    return this.sessionCookie() !== null;
  }

  /**
   * Calls a form action (`useActionState` shape: (previousState, formData))
   * the way React's client does: the arguments encoded as multipart, the
   * form's fields prefixed with the reference id.
   */
  async formAction(pathname: string, id: string, fields: Record<string, string>): Promise<ActionOutcome> {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
    // The root model goes last, as React writes it: the server reads the
    // referenced form's entries in order, starting from the first.
    body.set('0', '[null,"$K1"]');
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${pathname}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'next-action': id, accept: 'text/x-component', origin: this.baseUrl, cookie: this.cookieHeader() },
        body,
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      return { kind: 'failed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    const text = await response.text().catch(() => '');
    if (response.status >= 500) return { kind: 'failed', detail: `HTTP ${response.status}` };
    if (/"ok":true/.test(text)) {
      const id = /"ok":true,"data":\{"id":(\d+)/.exec(text)?.[1];
      return { kind: 'ok', id: id ? Number(id) : undefined };
    }
    const code = /"ok":false,"code":"([a-z_]+)"/.exec(text)?.[1];
    if (code) return { kind: 'refused', code, message: /"message":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1] ?? '' };
    // A redirect (an action that navigates on success) is also an acknowledgement.
    if (response.status === 303 || response.headers.get('x-action-redirect')) return { kind: 'ok' };
    return { kind: 'failed', detail: `HTTP ${response.status}: ${text.slice(0, 200)}` };
  }
}
