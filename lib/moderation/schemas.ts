import { z } from 'zod';
import { positiveId, requiredText } from '../validation';

export const postTargetSchema = z.object({
  target: z.enum(['thread', 'reply'], { error: 'invalid' }),
  id: positiveId,
});
export type PostTarget = z.output<typeof postTargetSchema>;

export const reasonText = requiredText(500);

export const reportSchema = postTargetSchema.extend({
  reason: z.enum(['spam', 'harassment', 'personal_data', 'scam_agent', 'other'], { error: 'unknown_option' }),
  note: z.string().trim().max(500, { error: 'too_long:500' }).default(''),
});

export const moderatePostSchema = postTargetSchema.extend({ reason: reasonText });

export const redactPostSchema = postTargetSchema.extend({
  reason: reasonText,
  title: z.string().trim().max(120, { error: 'too_long:120' }).optional(),
  body: requiredText(20_000),
});

export const lockThreadSchema = z.object({ threadId: positiveId, locked: z.boolean(), reason: reasonText });

export const banUserSchema = z.object({
  userId: positiveId,
  reason: reasonText,
  /** Days; absent for a permanent ban. */
  days: z.coerce.number({ error: 'invalid' }).int({ error: 'invalid' }).min(1, { error: 'invalid' }).max(3650, { error: 'invalid' }).optional(),
});

export const unbanUserSchema = z.object({ userId: positiveId, reason: reasonText });
