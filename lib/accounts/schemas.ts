import { z } from 'zod';
import { checkbox, LIMITS, requiredText } from '../validation';
import { isImpersonatingName } from './display-name';

export const handleSchema = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_]{2,19}$/, { error: 'invalid_handle' });

export const passwordSchema = z
  .string({ error: 'required' })
  .min(LIMITS.passwordMin, { error: `too_short:${LIMITS.passwordMin}` })
  .max(LIMITS.passwordMax, { error: `too_long:${LIMITS.passwordMax}` });

export const emailSchema = z.string().trim().toLowerCase().max(254, { error: 'too_long:254' }).pipe(z.email({ error: 'invalid_email' }));

/** "" and absent are no address. */
export const optionalEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: 'too_long:254' })
  .optional()
  .transform((v) => v || undefined)
  .pipe(z.email({ error: 'invalid_email' }).optional());

export const displayNameSchema = requiredText(LIMITS.displayNameMax).refine((name) => !isImpersonatingName(name), {
  error: 'reserved_name',
});

export const signUpSchema = z.object({
  email: optionalEmailSchema,
  displayName: displayNameSchema,
  handle: handleSchema,
  password: passwordSchema,
});
export type SignUpInput = z.input<typeof signUpSchema>;

/** `login` is a handle or a verified e-mail address. */
export const signInSchema = z.object({
  login: z.string().trim().toLowerCase().min(1, { error: 'required' }).max(254),
  password: z.string().min(1, { error: 'required' }).max(LIMITS.passwordMax),
});
export type SignInInput = z.input<typeof signInSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: 'required' }).min(1, { error: 'required' }).max(LIMITS.passwordMax),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const changeEmailSchema = z.object({
  /** Empty removes the address. */
  email: optionalEmailSchema,
  currentPassword: z.string({ error: 'required' }).min(1, { error: 'required' }).max(LIMITS.passwordMax),
});
export type ChangeEmailInput = z.input<typeof changeEmailSchema>;

export const updateProfileSchema = z.object({
  displayName: displayNameSchema,
  bio: z.string().trim().max(500, { error: 'too_long:500' }).default(''),
});
export type UpdateProfileInput = z.input<typeof updateProfileSchema>;

/** Codes are shown as four groups of four; case, spaces and dashes are ignored. */
export const recoveryCodeSchema = z
  .string({ error: 'required' })
  .transform((v) => v.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Z2-7]{16}$/, { error: 'invalid_code' }));

export const resetWithCodeSchema = z.object({
  handle: handleSchema,
  code: recoveryCodeSchema,
  password: passwordSchema,
});
export type ResetWithCodeInput = z.input<typeof resetWithCodeSchema>;

export const requestResetSchema = z.object({ email: emailSchema });
export type RequestResetInput = z.input<typeof requestResetSchema>;

export const tokenSchema = z.string({ error: 'required' }).regex(/^[A-Za-z0-9_-]{43}$/, { error: 'link_invalid' });

export const resetWithTokenSchema = z.object({ token: tokenSchema, password: passwordSchema });
export type ResetWithTokenInput = z.input<typeof resetWithTokenSchema>;

export const deleteAccountSchema = z.object({
  currentPassword: z.string({ error: 'required' }).min(1, { error: 'required' }).max(LIMITS.passwordMax),
  /** erase: posts become empty tombstones; keep: posts stay, shown as 已注销用户. */
  posts: z.enum(['erase', 'keep'], { error: 'required' }),
  confirm: checkbox.refine((v) => v, { error: 'required' }),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
