import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { BoundedCache } from '../cache/bounded-cache';
import type { ReplyView, ThreadPage } from './dto';
import { getThreadPage, type ThreadPageOptions } from './get-thread-page';
import { listStories, type StoryListQuery } from './list-stories';

/**
 * What a signed-out visitor sees does not depend on who they are, so it is
 * computed once and shared by every guest for a few seconds. Only pages read
 * with no viewer are ever stored, and only requests with no viewer ever read
 * them: a member's votes, edit links or pending posts cannot reach a guest,
 * and a member never gets a guest's page (their own bits would be missing).
 * Writes through the app drop the affected entries at once; anything else
 * (a vote count, an expiring badge) is at most ttl old for guests.
 */
export interface GuestCacheSettings {
  ttlMs: number;
  /** Bound on memory, estimated from the HTML and text the entries hold. */
  maxBytes: number;
  maxEntries: number;
}

export class GuestCache {
  private readonly threads: BoundedCache<ThreadPage>;
  private readonly lists: BoundedCache<Awaited<ReturnType<typeof listStories>>>;

  constructor(settings: GuestCacheSettings, now?: () => number) {
    // Thread pages get most of the budget; list pages are small.
    this.threads = new BoundedCache({ ...settings, maxBytes: settings.maxBytes * 0.9, sizeOf: threadPageBytes, now });
    this.lists = new BoundedCache({
      ...settings,
      maxBytes: settings.maxBytes * 0.1,
      sizeOf: (page) => 512 + page.items.reduce((sum, s) => sum + 2 * (s.title.length + s.excerpt.length) + 400, 0),
      now,
    });
  }

  async threadPage(db: Database, viewer: Viewer, threadId: number, options: ThreadPageOptions): Promise<ThreadPage> {
    if (viewer) return getThreadPage(db, viewer, threadId, options);
    const key = `${threadId}|${options.rootReplyId ?? ''}|${options.replyId ?? ''}|${options.after ?? ''}|${options.locale ?? 'zh-CN'}`;
    const hit = this.threads.get(key);
    if (hit) return hit;
    const page = await getThreadPage(db, null, threadId, options);
    this.threads.set(key, page);
    return page;
  }

  /** Story and question lists show no viewer state at all. */
  async storyList(db: Database, query: StoryListQuery) {
    const key = JSON.stringify(query);
    const hit = this.lists.get(key);
    if (hit) return hit;
    const page = await listStories(db, query);
    this.lists.set(key, page);
    return page;
  }

  /** After a write to a thread (its body, replies, votes, moderation). */
  invalidateThread(threadId: number): void {
    this.threads.deletePrefix(`${threadId}|`);
    this.lists.clear();
  }

  /** After a write whose threads are not known here (a ban, a revoked badge). */
  invalidateAll(): void {
    this.threads.clear();
    this.lists.clear();
  }

  get stats() {
    return { entries: this.threads.size + this.lists.size, bytes: this.threads.totalBytes + this.lists.totalBytes };
  }
}

/** UTF-16 strings: two bytes a character, plus a rough allowance for each object. */
function threadPageBytes(page: ThreadPage): number {
  const replyBytes = (r: ReplyView): number =>
    600 + 2 * (r.bodyHtml?.length ?? 0) + 2 * r.permalink.length + r.children.reduce((sum, c) => sum + replyBytes(c), 0);
  const t = page.thread;
  return (
    2000 +
    2 * (t.title.length + (t.bodyHtml?.length ?? 0)) +
    t.timeline.reduce((sum, e) => sum + 200 + 2 * e.note.length, 0) +
    page.replies.reduce((sum, r) => sum + replyBytes(r), 0)
  );
}
