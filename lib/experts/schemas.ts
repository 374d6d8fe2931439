import { z } from 'zod';
import { checkbox, positiveId, requiredText } from '../validation';

export const professions = ['lawyer', 'debt_counsellor', 'former_collector', 'psych_counsellor', 'other'] as const;
export type Profession = (typeof professions)[number];

export const applySchema = z
  .object({
    profession: z.enum(professions, { error: 'unknown_option' }),
    professionOther: z.string().trim().max(40, { error: 'too_long:40' }).default(''),
    yearsOfPractice: z.coerce
      .number({ error: 'invalid' })
      .int({ error: 'invalid' })
      .min(0, { error: 'invalid' })
      .max(70, { error: 'invalid' }),
    licenceNumber: requiredText(64),
    stageIds: z.array(positiveId).min(1, { error: 'choose_stage' }).max(7, { error: 'invalid' }),
    hasCommercialInterest: checkbox,
    // Mandatory, whatever the answer: "无" is a statement too.
    interestStatement: requiredText(500),
  })
  .superRefine((value, ctx) => {
    if (value.profession === 'other' && !value.professionOther) {
      ctx.addIssue({ code: 'custom', path: ['professionOther'], message: 'required' });
    }
  });
export type ApplyInput = z.input<typeof applySchema>;

export const decideSchema = z.object({
  applicationId: positiveId,
  decision: z.enum(['approve', 'reject'], { error: 'unknown_option' }),
  scopeStageIds: z.array(positiveId).max(7, { error: 'invalid' }).default([]),
  /** YYYY-MM-DD; empty means twelve months from now. */
  expiresOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  reason: z.string().trim().max(500, { error: 'too_long:500' }).default(''),
});

export const revokeSchema = z.object({ applicationId: positiveId, reason: requiredText(500) });

export const acceptSchema = z.object({ threadId: positiveId, replyId: positiveId });

export const inviteSchema = z.object({
  threadId: positiveId,
  expertIds: z.array(positiveId).min(1, { error: 'required' }).max(10, { error: 'invalid' }),
});
