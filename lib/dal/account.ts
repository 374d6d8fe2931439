import 'server-only';
import { changeEmail } from '../accounts/change-email';
import { changePassword } from '../accounts/change-password';
import { deleteAccount } from '../accounts/delete-account';
import { exportAccountData } from '../accounts/export-account-data';
import { getAccountSettings } from '../accounts/get-account-settings';
import { issueRecoveryCodes } from '../accounts/recovery-codes';
import { registerUser } from '../accounts/register-user';
import { requestPasswordReset, resetPasswordWithCode, resetPasswordWithToken } from '../accounts/reset-password';
import { signOutEverywhere } from '../accounts/sign-out-everywhere';
import { updateProfile } from '../accounts/update-profile';
import { verifyEmail } from '../accounts/verify-email';
import { assertCurrentPassword } from '../accounts/passwords';
import type { Member } from '../auth/viewer';
import { rateLimitPolicyNames, rateLimitPolicies, userOrIpKey } from '../rate-limit/policies';
import { getDatabase } from './database';
import { limit, rateLimiter, requestIp } from './rate-limit';
import { requireMember } from './viewer';

// Account operations bound to this request: the viewer is re-read for every
// signed-in call, and the limits for sign-up, recovery and re-authentication
// are applied here, before any password is hashed or mail is queued.

export async function registerWithCodes(input: Record<string, unknown>): Promise<{ member: Member; codes: string[] }> {
  await limit('signUpPerIp', await requestIp());
  const db = await getDatabase();
  const member = await registerUser(db, input);
  return { member, codes: await issueRecoveryCodes(db, member) };
}

export async function getMyAccountSettings() {
  return getAccountSettings(await getDatabase(), await requireMember(), new Date());
}

export async function updateMyProfile(input: Record<string, unknown>) {
  return updateProfile(await getDatabase(), await requireMember(), input);
}

export async function changeMyPassword(input: Record<string, unknown>) {
  const viewer = await requireMember();
  await limit('accountChange', String(viewer.id));
  return { viewer, ...(await changePassword(await getDatabase(), viewer, input)) };
}

export async function changeMyEmail(input: Record<string, unknown>) {
  const viewer = await requireMember();
  await limit('accountChange', String(viewer.id));
  return changeEmail(await getDatabase(), viewer, input);
}

export async function regenerateMyRecoveryCodes(currentPassword: unknown): Promise<string[]> {
  const viewer = await requireMember();
  await limit('accountChange', String(viewer.id));
  const db = await getDatabase();
  await assertCurrentPassword(db, viewer.id, currentPassword);
  return issueRecoveryCodes(db, viewer);
}

export async function signOutMyEverySession() {
  await signOutEverywhere(await getDatabase(), await requireMember());
}

export async function exportMyData() {
  const viewer = await requireMember();
  return exportAccountData(await getDatabase(), viewer, new Date());
}

/**
 * Deletes the viewer's account, then forgets their rate-limit keys (Redis or
 * memory hold only HMACs of them, but they are still the member's).
 */
export async function deleteMyAccount(input: Record<string, unknown>) {
  const viewer = await requireMember();
  await limit('accountChange', String(viewer.id));
  const db = await getDatabase();
  const { email } = await getAccountSettings(db, viewer, new Date());
  const result = await deleteAccount(db, viewer, input);
  const limiter = rateLimiter();
  for (const policy of rateLimitPolicyNames) {
    const keyedBy = rateLimitPolicies[policy].keyedBy;
    if (keyedBy === 'user') await limiter.reset(policy, String(viewer.id));
    if (keyedBy === 'user-or-ip') await limiter.reset(policy, userOrIpKey(viewer.id, ''));
    if (keyedBy === 'email') {
      await limiter.reset(policy, viewer.handle);
      if (email) await limiter.reset(policy, email);
    }
  }
  return result;
}

export async function requestResetMail(input: { email: unknown }) {
  await limit('accountRecoveryPerIp', await requestIp());
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
  if (email) await limit('accountRecoveryPerAccount', email);
  await requestPasswordReset(await getDatabase(), input);
}

export async function resetWithRecoveryCode(input: { handle: unknown; code: unknown; password: unknown }) {
  await limit('accountRecoveryPerIp', await requestIp());
  const handle = typeof input.handle === 'string' ? input.handle.trim().toLowerCase() : '';
  if (handle) await limit('accountRecoveryPerAccount', handle);
  return resetPasswordWithCode(await getDatabase(), input);
}

export async function resetWithMailedLink(input: { token: unknown; password: unknown }) {
  await limit('accountRecoveryPerIp', await requestIp());
  await resetPasswordWithToken(await getDatabase(), input);
}

export async function verifyMailedAddress(token: unknown) {
  await limit('accountRecoveryPerIp', await requestIp());
  return verifyEmail(await getDatabase(), { token });
}
