import 'server-only';
import { getPublicProfile } from '../accounts/queries';
import { createReply } from '../replies/create-reply';
import { deleteReply } from '../replies/delete-reply';
import { editReply } from '../replies/edit-reply';
import { createStory } from '../threads/create-story';
import { deleteThread } from '../threads/delete-thread';
import { editStory } from '../threads/edit-story';
import { getReplyForEdit, getStoryForEdit } from '../threads/get-for-edit';
import { getThreadPage } from '../threads/get-thread-page';
import { listRevisions } from '../threads/list-revisions';
import { listStories, type StoryListQuery } from '../threads/list-stories';
import { toggleVote } from '../votes/toggle-vote';
import { getDatabase } from './database';
import { getViewer } from './viewer';

// Binds each service to this request's database and viewer. Every call
// re-reads the viewer here, next to the data, whatever a page or proxy
// checked before: server actions are public endpoints.

type Locale = 'zh-CN' | 'en';

export async function listStoriesForViewer(query: StoryListQuery) {
  return listStories(await getDatabase(), query);
}

export async function getThreadPageForViewer(threadId: number, options: { rootReplyId?: number; locale: Locale }) {
  return getThreadPage(await getDatabase(), await getViewer(), threadId, options);
}

export async function listRevisionsForViewer(target: { threadId: number; replyId?: number }, locale: Locale) {
  return listRevisions(await getDatabase(), await getViewer(), target, locale);
}

export async function getProfile(handle: string) {
  return getPublicProfile(await getDatabase(), handle);
}

export async function createStoryAsViewer(input: Parameters<typeof createStory>[2]) {
  return createStory(await getDatabase(), await getViewer(), input);
}

export async function editStoryAsViewer(input: Parameters<typeof editStory>[2]) {
  return editStory(await getDatabase(), await getViewer(), input);
}

export async function deleteThreadAsViewer(threadId: unknown) {
  return deleteThread(await getDatabase(), await getViewer(), { threadId });
}

export async function createReplyAsViewer(input: Parameters<typeof createReply>[2]) {
  return createReply(await getDatabase(), await getViewer(), input);
}

export async function editReplyAsViewer(input: Parameters<typeof editReply>[2]) {
  return editReply(await getDatabase(), await getViewer(), input);
}

export async function deleteReplyAsViewer(replyId: unknown) {
  return deleteReply(await getDatabase(), await getViewer(), { replyId });
}

export async function toggleVoteAsViewer(input: Parameters<typeof toggleVote>[2]) {
  return toggleVote(await getDatabase(), await getViewer(), input);
}

export async function getStoryDraft(threadId: number) {
  return getStoryForEdit(await getDatabase(), await getViewer(), threadId);
}

export async function getReplyDraft(replyId: number) {
  return getReplyForEdit(await getDatabase(), await getViewer(), replyId);
}
