import { z } from 'zod';
import { LIMITS, checkbox, positiveId, requiredText } from '../validation';

export const questionFieldsSchema = z.object({
  title: requiredText(LIMITS.titleMax),
  body: requiredText(LIMITS.bodyMax),
  stageIds: z.array(positiveId).min(1, { error: 'choose_stage' }).max(7, { error: 'invalid' }),
});

export const createQuestionSchema = questionFieldsSchema.extend({ anonymous: checkbox });
export type CreateQuestionInput = z.input<typeof createQuestionSchema>;

export const editQuestionSchema = questionFieldsSchema.extend({ threadId: positiveId });
export type EditQuestionInput = z.input<typeof editQuestionSchema>;
