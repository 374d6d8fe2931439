'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { moderationActions, reportPostAsViewer } from '../dal/moderation';
import { AppError } from '../errors';
import { runAction, type ActionState } from './action-state';
import { field } from './form-data';

export async function reportPostAction(_prev: ActionState<{ hidden: boolean }>, form: FormData): Promise<ActionState<{ hidden: boolean }>> {
  const result = await runAction(() =>
    reportPostAsViewer({ target: field(form, 'target'), id: field(form, 'id'), reason: field(form, 'reason'), note: field(form, 'note') ?? '' }),
  );
  // No revalidation: a report that hides the post must not turn the
  // reporter's page into a 404 before they read the confirmation.
  return result;
}

const operation = z.enum(['approve', 'remove', 'restore', 'dismiss', 'lock', 'unlock', 'redact', 'ban', 'unban', 'reveal']);

/**
 * One endpoint for the moderation forms: `op` picks the service, which
 * validates its own fields and checks the viewer's role itself.
 */
export async function moderateAction(
  _prev: ActionState<{ revealed?: string }>,
  form: FormData,
): Promise<ActionState<{ revealed?: string }>> {
  const op = operation.safeParse(field(form, 'op'));
  if (!op.success) {
    return runAction(async () => {
      throw new AppError('invalid_input', { op: ['unknown_option'] });
    });
  }
  const input = {
    target: field(form, 'target'),
    id: field(form, 'id'),
    threadId: field(form, 'id'),
    userId: field(form, 'userId'),
    reason: field(form, 'reason'),
    title: field(form, 'title') || undefined,
    body: field(form, 'body'),
    days: field(form, 'days') || undefined,
    locked: op.data === 'lock',
  };
  const result = await runAction(async () => {
    const key = op.data === 'unlock' ? 'lock' : op.data;
    const outcome = await moderationActions[key](input);
    return op.data === 'reveal' && outcome && typeof outcome === 'object' && 'handle' in outcome
      ? { revealed: `${outcome.displayName} (@${outcome.handle})` }
      : {};
  });
  if (result?.ok) revalidatePath('/', 'layout');
  return result;
}
