import { z } from 'zod';
import { LIMITS, checkbox, positiveId, requiredText } from '../validation';

export const createReplySchema = z.object({
  threadId: positiveId,
  parentId: positiveId.optional(),
  body: requiredText(LIMITS.replyMax),
  anonymous: checkbox,
});
export type CreateReplyInput = z.input<typeof createReplySchema>;

export const editReplySchema = z.object({ replyId: positiveId, body: requiredText(LIMITS.replyMax) });
export type EditReplyInput = z.input<typeof editReplySchema>;

export const replyIdSchema = z.object({ replyId: positiveId });
