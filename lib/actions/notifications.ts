'use server';

import { revalidatePath } from 'next/cache';
import {
  markAllReadAsViewer,
  markReadAsViewer,
  saveNotificationSettingsAsViewer,
  setBookmarkAsViewer,
  setStageFollowAsViewer,
  setThreadFollowAsViewer,
} from '../dal/notifications';
import { notificationTypes } from '../notifications/types';
import { runAction, type ActionState } from './action-state';
import { field } from './form-data';

// Thin, like every action: the DAL re-reads the viewer and the services
// validate every argument (bound ones too) and scope to the viewer.

export async function markReadAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await runAction(() => markReadAsViewer(field(form, 'id')));
  // The header's unread count lives in the layout.
  if (result?.ok) revalidatePath('/', 'layout');
  return result;
}

export async function markAllReadAction(_prev: ActionState<number>, _form: FormData): Promise<ActionState<number>> {
  const result = await runAction(() => markAllReadAsViewer());
  if (result?.ok) revalidatePath('/', 'layout');
  return result;
}

export async function setThreadFollowAction(input: { threadId: number; follow: boolean }): Promise<ActionState<{ active: boolean }>> {
  return runAction(async () => ({ active: (await setThreadFollowAsViewer(input?.threadId, input?.follow === true)).following }));
}

export async function setBookmarkAction(input: { threadId: number; bookmarked: boolean }): Promise<ActionState<{ active: boolean }>> {
  // No revalidation: on /me/bookmarks the row stays until the next visit, so a mistaken press can be undone.
  return runAction(async () => ({ active: (await setBookmarkAsViewer(input?.threadId, input?.bookmarked === true)).bookmarked }));
}

export async function setStageFollowAction(input: { stageId: number; follow: boolean }): Promise<ActionState<{ active: boolean }>> {
  return runAction(async () => ({ active: (await setStageFollowAsViewer(input?.stageId, input?.follow === true)).following }));
}

export async function saveNotificationSettingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const pick = (prefix: string) => Object.fromEntries(notificationTypes.map((type) => [type, field(form, `${prefix}.${type}`)]));
  const result = await runAction(() => saveNotificationSettingsAsViewer({ digest: field(form, 'digest'), inApp: pick('inApp'), email: pick('email') }));
  return result?.ok ? { ok: true, data: undefined } : result;
}
