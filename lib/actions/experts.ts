'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  acceptAnswerAsViewer,
  applyAsViewer,
  createQuestionAsViewer,
  decideApplicationAsViewer,
  editQuestionAsViewer,
  inviteExpertsAsViewer,
  revokeCredentialAsViewer,
} from '../dal/experts';
import { threadPath } from '../threads/slug';
import { runAction, type ActionState } from './action-state';
import { field, fields } from './form-data';

export async function createQuestionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await runAction(() =>
    createQuestionAsViewer({
      title: field(form, 'title'),
      body: field(form, 'body'),
      stageIds: fields(form, 'stageIds'),
      anonymous: field(form, 'anonymous'),
    }),
  );
  if (!result?.ok) return result;
  revalidatePath('/', 'layout');
  redirect(threadPath(result.data.id, result.data.title));
}

export async function editQuestionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await runAction(() =>
    editQuestionAsViewer({ threadId: field(form, 'threadId'), title: field(form, 'title'), body: field(form, 'body'), stageIds: fields(form, 'stageIds') }),
  );
  if (!result?.ok) return result;
  revalidatePath('/', 'layout');
  redirect(threadPath(result.data.id, result.data.title));
}

export async function applyAsExpertAction(_prev: ActionState<{ id: number }>, form: FormData): Promise<ActionState<{ id: number }>> {
  // Only the listed fields reach the service; anything else in the post is dropped.
  const result = await runAction(() =>
    applyAsViewer({
      profession: field(form, 'profession'),
      professionOther: field(form, 'professionOther') ?? '',
      yearsOfPractice: field(form, 'yearsOfPractice'),
      licenceNumber: field(form, 'licenceNumber'),
      stageIds: fields(form, 'stageIds'),
      hasCommercialInterest: field(form, 'hasCommercialInterest'),
      interestStatement: field(form, 'interestStatement'),
    }),
  );
  if (result?.ok) revalidatePath('/experts/apply');
  return result;
}

export async function decideApplicationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await runAction(async () => {
    await decideApplicationAsViewer({
      applicationId: field(form, 'applicationId'),
      decision: field(form, 'decision'),
      scopeStageIds: fields(form, 'scopeStageIds'),
      expiresOn: field(form, 'expiresOn') ?? '',
      reason: field(form, 'reason') ?? '',
    });
  });
  if (result?.ok) revalidatePath('/mod');
  return result;
}

export async function revokeCredentialAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await runAction(() =>
    revokeCredentialAsViewer({ applicationId: field(form, 'applicationId'), reason: field(form, 'reason') }),
  );
  if (result?.ok) revalidatePath('/', 'layout');
  return result;
}

export async function acceptAnswerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const threadId = field(form, 'threadId');
  const result = await runAction(() => acceptAnswerAsViewer({ threadId, replyId: field(form, 'replyId') }));
  if (result?.ok) revalidatePath(`/t/${Number(threadId)}`, 'layout');
  return result;
}

export async function inviteExpertsAction(_prev: ActionState<{ invited: number }>, form: FormData): Promise<ActionState<{ invited: number }>> {
  const threadId = field(form, 'threadId');
  const result = await runAction(() => inviteExpertsAsViewer({ threadId, expertIds: fields(form, 'expertIds') }));
  if (result?.ok) revalidatePath(`/t/${Number(threadId)}`, 'layout');
  return result;
}
