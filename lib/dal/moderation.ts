import 'server-only';
import { banUser, unbanUser } from '../moderation/ban-user';
import { dismissReports } from '../moderation/dismiss-reports';
import { lockThread } from '../moderation/lock-thread';
import { approvePost, removePost, restorePost } from '../moderation/moderate-post';
import { listModerationLog, listModerationQueue } from '../moderation/queries';
import { redactPost } from '../moderation/redact-post';
import { reportPost } from '../moderation/report-post';
import { revealAnonymousAuthor } from '../moderation/reveal-author';
import { getModerationPost } from '../moderation/get-moderation-post';
import { forumSettings } from '../env';
import { getDatabase } from './database';
import { invalidatingAll } from './guest-cache';
import { limit } from './rate-limit';
import { getViewer } from './viewer';

// Each call re-reads the viewer; every service checks the role itself.

type Input = Record<string, unknown>;

export async function reportPostAsViewer(input: Input) {
  const viewer = await getViewer();
  if (viewer) await limit('report', String(viewer.id));
  // Enough reports hide a post from guests too.
  return invalidatingAll(reportPost(await getDatabase(), viewer, input, undefined, forumSettings()));
}

export async function listQueueForViewer() {
  return listModerationQueue(await getDatabase(), await getViewer());
}

export async function listLogForViewer(cursor?: string) {
  return listModerationLog(await getDatabase(), await getViewer(), cursor);
}

/** The post a moderation page acts on; not_found for anyone but staff. */
export async function getPostForModeration(target: 'thread' | 'reply', id: number) {
  return getModerationPost(await getDatabase(), await getViewer(), { target, id });
}

export const moderationActions = {
  approve: async (input: Input) => invalidatingAll(approvePost(await getDatabase(), await getViewer(), input)),
  remove: async (input: Input) => invalidatingAll(removePost(await getDatabase(), await getViewer(), input)),
  restore: async (input: Input) => invalidatingAll(restorePost(await getDatabase(), await getViewer(), input)),
  dismiss: async (input: Input) => invalidatingAll(dismissReports(await getDatabase(), await getViewer(), input)),
  lock: async (input: Input) => invalidatingAll(lockThread(await getDatabase(), await getViewer(), input)),
  redact: async (input: Input) => invalidatingAll(redactPost(await getDatabase(), await getViewer(), input)),
  ban: async (input: Input) => invalidatingAll(banUser(await getDatabase(), await getViewer(), input)),
  unban: async (input: Input) => invalidatingAll(unbanUser(await getDatabase(), await getViewer(), input)),
  reveal: async (input: Input) => invalidatingAll(revealAnonymousAuthor(await getDatabase(), await getViewer(), input)),
};
