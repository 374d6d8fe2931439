import catalog from '@/messages/zh-CN/notifications.json';
import { headlineKey, notificationPath } from './present';
import type { NotificationType } from './types';

export { headlineKey, notificationPath };

// Mail is written when it is enqueued, inside the transaction that caused it,
// so it holds exactly the masked text the notification holds. Members have no
// stored locale yet: mail goes out in the forum's first language, zh-CN.
//
// Links are stored relative to the placeholder below and resolved against
// APP_URL when the mailer sends (a domain module does not read the
// environment); the unsubscribe footer is added at send time too.

/** Replaced by APP_URL (no trailing slash) when the mail is sent. */
export const BASE_URL_PLACEHOLDER = '{{base}}';

const messages = catalog as {
  notifications: { types: Record<string, string>; reason: string; moderator: string; untitled: string; moreReplies: string };
  mail: Record<string, string>;
};

/** `{name}` interpolation for the plain strings of the mail catalog. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export function mailString(key: string, values: Record<string, string | number> = {}): string {
  return fill(messages.mail[key] ?? key, values);
}

export interface NotificationText {
  type: NotificationType;
  actorLabel: string;
  excerpt: string;
  title: string | null;
  threadId: number | null;
  replyId: number | null;
}

/** One line saying what happened, e.g. "匿名用户 · K7QM 回复了你的帖子《…》". */
export function headline(n: NotificationText): string {
  const template = messages.notifications.types[headlineKey(n)] ?? n.type;
  return fill(template, { actor: n.actorLabel, title: n.title ?? messages.notifications.untitled });
}

/** "（共 3 条新回复）" after a collapsed notification's headline. */
export function moreRepliesText(count: number): string {
  return count > 1 ? fill(messages.notifications.moreReplies, { count }) : '';
}

/** Subject and plain-text body of an immediate mail for one notification. */
export function immediateMail(n: NotificationText): { subject: string; textBody: string } {
  const subject = headline(n);
  const lines = [subject, ''];
  if (n.type === 'moderation' && n.excerpt) lines.push(fill(messages.notifications.reason, { reason: n.excerpt }), '');
  else if (n.excerpt) lines.push(n.excerpt, '');
  lines.push(mailString('open', { url: `${BASE_URL_PLACEHOLDER}${notificationPath(n)}` }));
  return { subject, textBody: lines.join('\n') };
}
