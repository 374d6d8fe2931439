import 'server-only';
import { getPublicProfile } from '../accounts/queries';
import { createReply } from '../replies/create-reply';
import { deleteReply } from '../replies/delete-reply';
import { editReply } from '../replies/edit-reply';
import { createStory } from '../threads/create-story';
import { deleteThread } from '../threads/delete-thread';
import { editStory } from '../threads/edit-story';
import { getReplyForEdit, getThreadDraft } from '../threads/get-for-edit';
import { listRevisions } from '../threads/list-revisions';
import type { StoryListQuery } from '../threads/list-stories';
import { toggleVote } from '../votes/toggle-vote';
import { forumSettings } from '../env';
import { AppError } from '../errors';
import { isSandboxed } from '../moderation/sandbox';
import { postingPolicy } from '../rate-limit/policies';
import { limit, limitOnSuccess } from './rate-limit';
import { getDatabase } from './database';
import { guestCache, invalidatingAll, invalidatingThread } from './guest-cache';
import { getViewer } from './viewer';

// Binds each service to this request's database and viewer. Every call
// re-reads the viewer here, next to the data, whatever a page or proxy
// checked before: server actions are public endpoints.

type Locale = 'zh-CN' | 'en';

// Lists show no viewer state: every visitor shares the guest cache's copy.
export async function listStoriesForViewer(query: StoryListQuery) {
  return guestCache().storyList(await getDatabase(), query);
}

export async function getThreadPageForViewer(
  threadId: number,
  options: { rootReplyId?: number; replyId?: number; after?: string; locale: Locale },
) {
  // Signed-out visitors share one cached copy; a member's page is read for them alone.
  return guestCache().threadPage(await getDatabase(), await getViewer(), threadId, options);
}

export async function listRevisionsForViewer(target: { threadId: number; replyId?: number }, locale: Locale) {
  return listRevisions(await getDatabase(), await getViewer(), target, locale);
}

export async function getProfile(handle: string) {
  return getPublicProfile(await getDatabase(), handle);
}

/** Posting limits are per member, lower while the account is in the sandbox. */
async function postingLimitFor(action: 'postStory' | 'reply') {
  const [db, viewer] = await Promise.all([getDatabase(), getViewer()]);
  if (!viewer) throw new AppError('unauthenticated');
  const newUser = await isSandboxed(db, viewer, new Date(), forumSettings());
  return { db, viewer, policy: postingPolicy(action, newUser), key: String(viewer.id) };
}

export async function createStoryAsViewer(input: Parameters<typeof createStory>[2]) {
  const { db, viewer, policy, key } = await postingLimitFor('postStory');
  return invalidatingThread(
    (story) => story.id,
    limitOnSuccess(policy, key, () => createStory(db, viewer, input, undefined, forumSettings())),
  );
}

export async function editStoryAsViewer(input: Parameters<typeof editStory>[2]) {
  return invalidatingThread((story) => story.id, editStory(await getDatabase(), await getViewer(), input, undefined, forumSettings()));
}

export async function deleteThreadAsViewer(threadId: unknown) {
  return invalidatingAll(deleteThread(await getDatabase(), await getViewer(), { threadId }));
}

export async function createReplyAsViewer(input: Parameters<typeof createReply>[2]) {
  const { db, viewer, policy, key } = await postingLimitFor('reply');
  return invalidatingThread(
    (reply) => reply.threadId,
    limitOnSuccess(policy, key, () => createReply(db, viewer, input, undefined, forumSettings())),
  );
}

export async function editReplyAsViewer(input: Parameters<typeof editReply>[2]) {
  return invalidatingThread((reply) => reply.threadId, editReply(await getDatabase(), await getViewer(), input, undefined, forumSettings()));
}

export async function deleteReplyAsViewer(replyId: unknown) {
  return invalidatingAll(deleteReply(await getDatabase(), await getViewer(), { replyId }));
}

export async function toggleVoteAsViewer(input: Parameters<typeof toggleVote>[2]) {
  const viewer = await getViewer();
  if (viewer) await limit('vote', String(viewer.id));
  return toggleVote(await getDatabase(), viewer, input);
}

export async function getThreadDraftForViewer(threadId: number) {
  return getThreadDraft(await getDatabase(), await getViewer(), threadId);
}

export async function getReplyDraft(replyId: number) {
  return getReplyForEdit(await getDatabase(), await getViewer(), replyId);
}
