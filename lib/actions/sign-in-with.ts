import 'server-only';
import { AuthError } from 'next-auth';
import { getTranslations } from 'next-intl/server';
import { signIn } from '../auth/auth';
import { safeRedirectPath } from '../auth/safe-redirect';
import type { ActionState } from './action-state';

/**
 * Signs in through Auth.js. With `redirect`, a success throws Next's
 * redirect; without, the session cookie is set and null is returned. Only
 * AuthError is ours to handle.
 */
export async function signInWith(login: string, password: string, next: string | undefined, redirect: boolean): Promise<ActionState<never>> {
  try {
    if (redirect) {
      await signIn('credentials', { login, password, redirectTo: safeRedirectPath(next) });
    } else {
      await signIn('credentials', { login, password, redirect: false });
    }
    return null;
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const t = await getTranslations();
    const reported = (error as AuthError & { code?: string }).code;
    if (reported === 'rate_limited') {
      return { ok: false, code: 'rate_limited', message: t('errors.rate_limited', { minutes: 15 }) };
    }
    const code = reported === 'banned' ? 'banned' : 'invalid_credentials';
    return { ok: false, code, message: t(`errors.${code}`) };
  }
}
