import 'server-only';
import { getTranslations } from 'next-intl/server';
import { isDatabaseUnavailableError } from '@/db/unavailable';
import { isAppError, type FieldErrors } from '../errors';
import { isRateLimitedError } from '../rate-limit/errors';

/** What every server action returns to its form. */
export type ActionState<T = void> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fieldErrors?: FieldErrors; retryAfterSeconds?: number }
  | null;

/**
 * Runs a DAL call and turns a failure into a localized ActionState. A
 * database that cannot be reached is `unavailable` ("temporarily unable to
 * save, your text is kept"); any other unexpected error is logged (without
 * the submitted values) and reported as "unknown". Either way the form stays
 * and keeps what the user typed.
 */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionState<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const t = await getTranslations();
    if (isRateLimitedError(error)) {
      const minutes = Math.ceil(error.retryAfterSeconds / 60);
      return { ok: false, code: error.code, message: t('errors.rate_limited', { minutes }), retryAfterSeconds: error.retryAfterSeconds };
    }
    if (isAppError(error)) {
      return {
        ok: false,
        code: error.code,
        message: t(`errors.${error.code}`),
        fieldErrors: error.fieldErrors ? localizeFieldErrors(error.fieldErrors, t) : undefined,
      };
    }
    if (isDatabaseUnavailableError(error)) {
      console.warn('[ashore] action refused: database unavailable');
      return { ok: false, code: 'unavailable', message: t('errors.unavailable') };
    }
    console.error('[ashore] action failed:', error instanceof Error ? error.message : 'unknown error');
    return { ok: false, code: 'unknown', message: t('errors.unknown') };
  }
}

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** Field error keys look like "too_long:120"; the number fills the message. */
export function localizeFieldErrors(errors: FieldErrors, t: Translate): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, keys] of Object.entries(errors)) {
    out[field] = keys.map((key) => {
      const [name, arg] = key.split(':');
      const n = Number(arg);
      const known = t.has(`fieldErrors.${name}`);
      return known ? t(`fieldErrors.${name}`, { max: n, min: n }) : t('fieldErrors.invalid');
    });
  }
  return out;
}
