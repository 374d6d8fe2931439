'use server';

import { AuthError } from 'next-auth';
import { getTranslations } from 'next-intl/server';
import { registerUser } from '../accounts/register-user';
import { signIn, signOut } from '../auth/auth';
import { safeRedirectPath } from '../auth/safe-redirect';
import { getDatabase } from '../dal/database';
import { limit, requestIp } from '../dal/rate-limit';
import { env } from '../env';
import { runAction, type ActionState } from './action-state';
import { field } from './form-data';

export async function signUpAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const password = field(form, 'password');
  const registered = await runAction(async () => {
    await limit('signUpPerIp', await requestIp());
    return registerUser(
      await getDatabase(),
      {
        email: field(form, 'email'),
        handle: field(form, 'handle'),
        displayName: field(form, 'displayName'),
        password,
      },
      { adminEmail: env().ADMIN_EMAIL },
    );
  });
  if (!registered?.ok) return registered;
  return signInWith(String(field(form, 'email')), String(password), field(form, 'next'));
}

export async function signInAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return signInWith(String(field(form, 'email') ?? ''), String(field(form, 'password') ?? ''), field(form, 'next'));
}

async function signInWith(email: string, password: string, next: string | undefined): Promise<ActionState> {
  try {
    // A successful signIn() throws Next's redirect; only AuthError is ours to handle.
    await signIn('credentials', { email, password, redirectTo: safeRedirectPath(next) });
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

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
