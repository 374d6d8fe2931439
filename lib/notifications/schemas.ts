import { z } from 'zod';
import type { Member, Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { checkbox, positiveId, toFieldErrors } from '../validation';
import { notificationTypes, type NotificationType } from './types';

export const notificationIdSchema = z.object({ id: positiveId });

export const threadTargetSchema = z.object({ threadId: positiveId });
export type ThreadTargetInput = z.output<typeof threadTargetSchema>;

export const stageTargetSchema = z.object({ stageId: positiveId });

export const listCursorSchema = z.object({ cursor: z.string().max(200).optional() });

/**
 * The settings form: per type `inApp.<type>` and `email.<type>` checkboxes,
 * and `digest`. An unticked checkbox is absent from the form, so every field
 * is read as a checkbox (absent = off).
 */
export const notificationSettingsSchema = z.object({
  digest: checkbox,
  inApp: z.object(Object.fromEntries(notificationTypes.map((t) => [t, checkbox])) as Record<NotificationType, typeof checkbox>).default(
    {} as never,
  ),
  email: z.object(Object.fromEntries(notificationTypes.map((t) => [t, checkbox])) as Record<NotificationType, typeof checkbox>).default(
    {} as never,
  ),
});
export type NotificationSettingsInput = z.output<typeof notificationSettingsSchema>;

/** Parses a service's input or throws invalid_input with every field's errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  return parsed.data;
}

/** Everything here is personal: a signed-out visitor is unauthenticated. */
export function member(viewer: Viewer): Member {
  if (!viewer) throw new AppError('unauthenticated');
  return viewer;
}
