import { z } from 'zod';
import type { FieldErrors } from './errors';

// Form schemas report message *keys* (messages/*.json → fieldErrors.<key>);
// the edge turns them into the viewer's language.

export { LIMITS } from './limits';

export const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: `too_long:${max}` });

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `too_long:${max}` })
    .optional()
    .transform((v) => (v ? v : undefined));

/** An id from a form or URL: "" and absent are "required", anything but digits is "invalid". */
export const positiveId = z
  .unknown()
  .transform((v) => {
    if (v === '' || v === null || v === undefined) return undefined;
    if (typeof v === 'string' && /^\s*\d{1,9}\s*$/.test(v)) return Number(v);
    return v;
  })
  .pipe(
    z
      .number({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid') })
      .int({ error: 'invalid' })
      .positive({ error: 'invalid' }),
  );

/** Checkbox: present ("on"/"true") means true. */
export const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true');

/** Every field's errors, keyed by the dotted path, not only the first. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** What a service accepts: any shape; its zod schema decides what is valid. */
export type Untrusted<T> = { [K in keyof T]?: unknown };
