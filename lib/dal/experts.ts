import 'server-only';
import { acceptAnswer } from '../experts/accept-answer';
import { applyAsExpert } from '../experts/apply-as-expert';
import { decideApplication } from '../experts/decide-application';
import { inviteExperts } from '../experts/invite-experts';
import {
  listCredentialsOf,
  listExpertQueue,
  listExperts,
  listInvitableExperts,
  listMyApplications,
  listPendingApplications,
} from '../experts/queries';
import type { Profession } from '../experts/schemas';
import { revokeCredential } from '../experts/revoke-credential';
import { createQuestion, editQuestion } from '../questions/create-question';
import { forumSettings } from '../env';
import { AppError } from '../errors';
import { isSandboxed } from '../moderation/sandbox';
import { postingPolicy } from '../rate-limit/policies';
import { getDatabase } from './database';
import { invalidatingAll } from './guest-cache';
import { limitOnSuccess } from './rate-limit';
import { getViewer } from './viewer';

type Input = Record<string, unknown>;

export async function createQuestionAsViewer(input: Input) {
  const [db, viewer] = await Promise.all([getDatabase(), getViewer()]);
  if (!viewer) throw new AppError('unauthenticated');
  // Questions share the story budget: both are new threads.
  const policy = postingPolicy('postStory', await isSandboxed(db, viewer, new Date(), forumSettings()));
  return invalidatingAll(limitOnSuccess(policy, String(viewer.id), () => createQuestion(db, viewer, input, undefined, forumSettings())));
}

export async function editQuestionAsViewer(input: Input) {
  return invalidatingAll(editQuestion(await getDatabase(), await getViewer(), input, undefined, forumSettings()));
}

export async function applyAsViewer(input: Input) {
  return applyAsExpert(await getDatabase(), await getViewer(), input);
}

export async function decideApplicationAsViewer(input: Input) {
  return invalidatingAll(decideApplication(await getDatabase(), await getViewer(), input));
}

export async function revokeCredentialAsViewer(input: Input) {
  return invalidatingAll(revokeCredential(await getDatabase(), await getViewer(), input));
}

export async function acceptAnswerAsViewer(input: Input) {
  return invalidatingAll(acceptAnswer(await getDatabase(), await getViewer(), input));
}

export async function inviteExpertsAsViewer(input: Input) {
  return inviteExperts(await getDatabase(), await getViewer(), input);
}

export async function pendingApplicationsForViewer() {
  return listPendingApplications(await getDatabase(), await getViewer(), new Date());
}

export async function myApplications() {
  return listMyApplications(await getDatabase(), await getViewer(), new Date());
}

export async function expertDirectory(filters: { profession?: Profession; stageId?: number }) {
  return listExperts(await getDatabase(), filters, new Date());
}

export async function credentialsOf(handle: string) {
  return listCredentialsOf(await getDatabase(), handle, new Date());
}

export async function expertQueueForViewer() {
  return listExpertQueue(await getDatabase(), await getViewer(), new Date());
}

export async function invitableExperts(threadId: number) {
  return listInvitableExperts(await getDatabase(), threadId, new Date());
}
