import { z } from 'zod';
import { LIMITS, requiredText } from '../validation';

export const signUpSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, { error: 'too_long:254' }).pipe(z.email({ error: 'invalid_email' })),
  displayName: requiredText(LIMITS.displayNameMax),
  handle: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_]{2,19}$/, { error: 'invalid_handle' }),
  password: z
    .string()
    .min(LIMITS.passwordMin, { error: `too_short:${LIMITS.passwordMin}` })
    .max(LIMITS.passwordMax, { error: `too_long:${LIMITS.passwordMax}` }),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email({ error: 'invalid_email' })),
  password: z.string().min(1, { error: 'required' }).max(LIMITS.passwordMax),
});
export type SignInInput = z.input<typeof signInSchema>;
