'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { signOut } from '../auth/auth';
import {
  changeMyEmail,
  changeMyPassword,
  deleteMyAccount,
  regenerateMyRecoveryCodes,
  requestResetMail,
  resetWithMailedLink,
  resetWithRecoveryCode,
  signOutMyEverySession,
  updateMyProfile,
  verifyMailedAddress,
} from '../dal/account';
import { runAction, type ActionState } from './action-state';
import { field } from './form-data';
import { signInWith } from './sign-in-with';

// Thin: fields in, DAL call, localized ActionState out. The DAL re-reads the
// viewer and applies the limits; the services validate and re-authenticate.

export async function updateProfileAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await runAction(async () => {
    await updateMyProfile({ displayName: field(form, 'displayName'), bio: field(form, 'bio') ?? '' });
  });
  if (result?.ok) revalidatePath('/', 'layout');
  return result;
}

export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const newPassword = field(form, 'newPassword');
  const result = await runAction(() => changeMyPassword({ currentPassword: field(form, 'currentPassword'), newPassword }));
  if (!result?.ok) return result;
  // Every other session ended with the version bump; this one gets a new token.
  const signedIn = await signInWith(result.data.viewer.handle, String(newPassword), undefined, false);
  return signedIn ?? { ok: true, data: undefined };
}

export async function changeEmailAction(_prev: ActionState<{ removed: boolean }>, form: FormData): Promise<ActionState<{ removed: boolean }>> {
  const result = await runAction(() => changeMyEmail({ email: field(form, 'email'), currentPassword: field(form, 'currentPassword') }));
  if (result?.ok) revalidatePath('/settings/account');
  return result;
}

export async function regenerateRecoveryCodesAction(_prev: ActionState<string[]>, form: FormData): Promise<ActionState<string[]>> {
  return runAction(() => regenerateMyRecoveryCodes(field(form, 'currentPassword')));
}

export async function signOutEverywhereAction(): Promise<void> {
  await signOutMyEverySession();
  await signOut({ redirectTo: '/signin' });
}

export async function deleteAccountAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await runAction(async () => {
    await deleteMyAccount({ currentPassword: field(form, 'currentPassword'), posts: field(form, 'posts'), confirm: field(form, 'confirm') });
  });
  if (!result?.ok) return result;
  await signOut({ redirect: false });
  redirect('/?accountDeleted=1');
}

export async function requestResetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(() => requestResetMail({ email: field(form, 'email') }));
}

export async function resetWithCodeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const password = field(form, 'password');
  const result = await runAction(() => resetWithRecoveryCode({ handle: field(form, 'handle'), code: field(form, 'code'), password }));
  if (!result?.ok) return result;
  return signInWith(result.data.handle, String(password), '/settings/account', true);
}

export async function resetWithLinkAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(() => resetWithMailedLink({ token: field(form, 'token'), password: field(form, 'password') }));
}

export async function verifyEmailAction(_prev: ActionState<{ email: string }>, form: FormData): Promise<ActionState<{ email: string }>> {
  return runAction(() => verifyMailedAddress(field(form, 'token')));
}
