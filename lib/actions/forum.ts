'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  createReplyAsViewer,
  createStoryAsViewer,
  deleteReplyAsViewer,
  deleteThreadAsViewer,
  editReplyAsViewer,
  editStoryAsViewer,
  toggleVoteAsViewer,
} from '../dal/forum';
import { threadPath } from '../threads/slug';
import { runAction, type ActionState } from './action-state';
import { field, storyFieldsFrom } from './form-data';
import { replyPermalink } from '../threads/slug';

// Thin: parse the form, call the DAL (which checks the viewer), revalidate,
// redirect on success. Failures come back as localized ActionState and the
// client form keeps what was typed.

export async function createStoryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await runAction(() =>
    createStoryAsViewer({ ...storyFieldsFrom(form), anonymous: field(form, 'anonymous') }),
  );
  if (!result?.ok) return result;
  revalidatePath('/', 'layout');
  redirect(threadPath(result.data.id, result.data.title));
}

export async function editStoryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await runAction(() => editStoryAsViewer({ ...storyFieldsFrom(form), threadId: field(form, 'threadId') }));
  if (!result?.ok) return result;
  revalidatePath('/', 'layout');
  redirect(threadPath(result.data.id, result.data.title));
}

export async function deleteThreadAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const threadId = field(form, 'threadId');
  const result = await runAction(() => deleteThreadAsViewer(threadId));
  if (!result?.ok) return result;
  revalidatePath('/', 'layout');
  redirect(`/t/${Number(threadId)}`);
}

export async function createReplyAction(
  _prev: ActionState<{ id: number }>,
  form: FormData,
): Promise<ActionState<{ id: number }>> {
  const result = await runAction(() =>
    createReplyAsViewer({
      threadId: field(form, 'threadId'),
      parentId: field(form, 'parentId') || undefined,
      body: field(form, 'body'),
      anonymous: field(form, 'anonymous'),
    }),
  );
  if (result?.ok) revalidatePath(`/t/${result.data.threadId}`, 'layout');
  return result?.ok ? { ok: true, data: { id: result.data.id } } : result;
}

export async function editReplyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await runAction(() => editReplyAsViewer({ replyId: field(form, 'replyId'), body: field(form, 'body') }));
  if (!result?.ok) return result;
  revalidatePath(`/t/${result.data.threadId}`, 'layout');
  redirect(replyPermalink(`/t/${result.data.threadId}`, result.data.id));
}

export async function deleteReplyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await runAction(() => deleteReplyAsViewer(field(form, 'replyId')));
  if (!result?.ok) return result;
  revalidatePath(`/t/${result.data.threadId}`, 'layout');
  return { ok: true, data: undefined };
}

export async function toggleVoteAction(
  input: { target: 'thread' | 'reply'; id: number; kind: 'helpful' | 'me_too' },
): Promise<ActionState<{ active: boolean; count: number }>> {
  // Arguments of a bound action are attacker-controlled like any form field:
  // the service validates them with zod.
  return runAction(() => toggleVoteAsViewer(input));
}
