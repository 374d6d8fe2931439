import 'server-only';
import { cache } from 'react';
import { env } from '../env';
import { readUnsubscribeToken, unsubscribeWithToken } from '../mail/unsubscribe';
import { bookmarkThread, listBookmarks, unbookmarkThread } from '../notifications/bookmarks';
import { followStage, followThread, unfollowStage, unfollowThread } from '../notifications/follows';
import { markAllRead, markRead, markThreadNotificationsRead, openNotification } from '../notifications/mark-read';
import { getNotificationSettings, saveNotificationSettings } from '../notifications/preferences';
import { countUnread, getFollowState, isFollowingStage, listNotifications } from '../notifications/queries';
import { getDatabase } from './database';
import { getViewer } from './viewer';

// Notifications, following, bookmarks and mail preferences, bound to this
// request's database and viewer. Every service scopes to the viewer itself.

/** The header's unread count; once per request however many times it is asked. */
export const countUnreadForViewer = cache(async () => countUnread(await getDatabase(), await getViewer()));

export async function listNotificationsForViewer(cursor: string | undefined) {
  return listNotifications(await getDatabase(), await getViewer(), cursor === undefined ? {} : { cursor });
}

export async function markReadAsViewer(id: unknown) {
  return markRead(await getDatabase(), await getViewer(), { id });
}

export async function markAllReadAsViewer() {
  return markAllRead(await getDatabase(), await getViewer());
}

/** Marks one notification read and returns where it leads (the /notifications/[id] link). */
export async function openNotificationAsViewer(id: unknown) {
  return openNotification(await getDatabase(), await getViewer(), { id });
}

/** Opening a thread reads its notifications (called by the thread page). */
export async function markThreadReadForViewer(threadId: number) {
  return markThreadNotificationsRead(await getDatabase(), await getViewer(), threadId);
}

export async function getFollowStateForViewer(threadId: number) {
  return getFollowState(await getDatabase(), await getViewer(), threadId);
}

export async function isFollowingStageForViewer(stageId: number) {
  return isFollowingStage(await getDatabase(), await getViewer(), stageId);
}

export async function setThreadFollowAsViewer(threadId: unknown, follow: boolean) {
  const [db, viewer] = await Promise.all([getDatabase(), getViewer()]);
  return follow ? followThread(db, viewer, { threadId }) : unfollowThread(db, viewer, { threadId });
}

export async function setStageFollowAsViewer(stageId: unknown, follow: boolean) {
  const [db, viewer] = await Promise.all([getDatabase(), getViewer()]);
  return follow ? followStage(db, viewer, { stageId }) : unfollowStage(db, viewer, { stageId });
}

export async function setBookmarkAsViewer(threadId: unknown, bookmarked: boolean) {
  const [db, viewer] = await Promise.all([getDatabase(), getViewer()]);
  return bookmarked ? bookmarkThread(db, viewer, { threadId }) : unbookmarkThread(db, viewer, { threadId });
}

export async function listBookmarksForViewer(cursor: string | undefined) {
  return listBookmarks(await getDatabase(), await getViewer(), cursor === undefined ? {} : { cursor });
}

export async function getNotificationSettingsForViewer() {
  return getNotificationSettings(await getDatabase(), await getViewer());
}

export async function saveNotificationSettingsAsViewer(input: Parameters<typeof saveNotificationSettings>[2]) {
  return saveNotificationSettings(await getDatabase(), await getViewer(), input);
}

/** Whether mail goes out at all (SMTP_URL set): the settings page says so when not. */
export function mailEnabled(): boolean {
  return Boolean(env().SMTP_URL);
}

/** What an unsubscribe link would do, for its confirmation page; forged links are not_found. */
export function readUnsubscribeLink(token: string) {
  return readUnsubscribeToken(env().AUTH_SECRET, token);
}

/** One-click unsubscribe: no session, the signed token is the authority. */
export async function unsubscribeWithLink(token: string) {
  return unsubscribeWithToken(await getDatabase(), env().AUTH_SECRET, token);
}
