import type { NotificationType } from './types';
import { replyPermalink } from '../threads/slug';

// How a notification is presented, shared by the page and the mail.

/** The catalog key of a notification's headline (types.<key>). */
export function headlineKey(n: { type: NotificationType; actorLabel: string }): string {
  if (n.type === 'moderation') return `moderation_${n.actorLabel}`;
  if (n.type === 'application_decided') return `application_decided_${n.actorLabel}`;
  return n.type;
}

/** Where the notification leads, relative to the site root. */
export function notificationPath(n: { threadId: number | null; replyId: number | null }): string {
  if (n.threadId === null) return '/notifications';
  return n.replyId === null ? `/t/${n.threadId}` : replyPermalink(`/t/${n.threadId}`, n.replyId);
}


/** Prefix shown before an anonymous author's per-thread label. */
export const ANONYMOUS_PREFIX = '匿名用户';

/** The per-thread label of an anonymous actor label (`匿名用户 · K7QM` → `K7QM`), else null. */
export function anonymousLabelOf(actorLabel: string): string | null {
  const prefix = `${ANONYMOUS_PREFIX} · `;
  return actorLabel.startsWith(prefix) ? actorLabel.slice(prefix.length) : null;
}
