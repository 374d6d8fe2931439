'use server';

import { signOut } from '../auth/auth';
import { safeRedirectPath } from '../auth/safe-redirect';
import { registerWithCodes } from '../dal/account';
import { runAction, type ActionState } from './action-state';
import { field } from './form-data';
import { signInWith } from './sign-in-with';

export interface SignedUp {
  /** Shown once, on the page that answered the sign-up; only hashes are kept. */
  codes: string[];
  next: string;
  emailGiven: boolean;
}

/**
 * Creates the account, signs it in and answers with the recovery codes, which
 * the form shows once behind an "I saved them" step. The answer is the same
 * whether or not the e-mail belongs to someone already.
 */
export async function signUpAction(_prev: ActionState<SignedUp>, form: FormData): Promise<ActionState<SignedUp>> {
  const password = field(form, 'password');
  const email = field(form, 'email');
  const registered = await runAction(() =>
    registerWithCodes({ email, handle: field(form, 'handle'), displayName: field(form, 'displayName'), password }),
  );
  if (!registered?.ok) return registered;
  const next = safeRedirectPath(field(form, 'next'));
  const signedIn = await signInWith(registered.data.member.handle, String(password), next, false);
  if (signedIn) return signedIn;
  return { ok: true, data: { codes: registered.data.codes, next, emailGiven: typeof email === 'string' && email.trim() !== '' } };
}

export async function signInAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return signInWith(String(field(form, 'login') ?? ''), String(field(form, 'password') ?? ''), field(form, 'next'), true);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
