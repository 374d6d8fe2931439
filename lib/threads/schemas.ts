import { z } from 'zod';
import { LIMITS, checkbox, optionalText, positiveId, requiredText } from '../validation';

const monthOrDay = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { error: 'invalid_date' })
  .refine((value) => value.length === 7 || !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), {
    error: 'invalid_date',
  })
  .refine((value) => value.length === 7 || new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'invalid_date',
  });

export const timelineEntrySchema = z.object({
  date: monthOrDay,
  stageId: positiveId.optional(),
  note: requiredText(LIMITS.timelineNoteMax),
});

export const storyFieldsSchema = z.object({
  title: requiredText(LIMITS.titleMax),
  body: requiredText(LIMITS.bodyMax),
  stageIds: z.array(positiveId).min(1, { error: 'choose_stage' }).max(7, { error: 'invalid' }),
  outcomeId: positiveId,
  lenderId: positiveId,
  lenderOther: optionalText(LIMITS.lenderOtherMax),
  amountBandId: positiveId,
  monthsOverdue: z.coerce
    .number({ error: 'invalid' })
    .int({ error: 'invalid' })
    .min(0, { error: 'invalid' })
    .max(600, { error: 'invalid' })
    .optional(),
  timeline: z.array(timelineEntrySchema).max(LIMITS.timelineMax, { error: `too_many:${LIMITS.timelineMax}` }).default([]),
});

export const createStorySchema = storyFieldsSchema.extend({ anonymous: checkbox });
export type CreateStoryInput = z.input<typeof createStorySchema>;

export const editStorySchema = storyFieldsSchema.extend({ threadId: positiveId });
export type EditStoryInput = z.input<typeof editStorySchema>;

export const threadIdSchema = z.object({ threadId: positiveId });
