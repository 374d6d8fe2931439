import { and, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import { emailOutbox, notifications, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { BASE_URL_PLACEHOLDER, headline, mailString, moreRepliesText, notificationPath } from '../notifications/mail-text';
import { selectNotificationViews } from '../notifications/queries';
import type { NotificationView } from '../notifications/dto';

/** The digest day is the forum's day: China Standard Time. */
export const DIGEST_TIME_ZONE = 'Asia/Shanghai';

const ITEMS_PER_DIGEST = 20;

/** yyyy-mm-dd of `now` in the digest time zone. */
export function digestDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: DIGEST_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function digestBody(items: NotificationView[], total: number): string {
  const lines = [mailString('digestIntro'), ''];
  for (const item of items) {
    lines.push(`• ${headline(item)}${moreRepliesText(item.count)}`);
    if (item.excerpt) lines.push(`  ${item.excerpt}`);
    lines.push(`  ${BASE_URL_PLACEHOLDER}${notificationPath(item)}`, '');
  }
  if (total > items.length) lines.push(mailString('digestMore', { count: total - items.length }), `${BASE_URL_PLACEHOLDER}/notifications`);
  return lines.join('\n');
}

/**
 * Queues today's digest for every active member with a verified address who wants one and has unread
 * notifications newer than their last digest: one mail per member per day
 * (dedupe key `digest:<userId>:<yyyy-mm-dd>`), listing the unread items as
 * the member may see them now (masked text, anonymous labels only). Each
 * member's mail and their digestSentAt are written in one small transaction;
 * running it again the same day adds nothing.
 */
export async function enqueueDailyDigests(db: Database, options: { now: Date }): Promise<{ queued: number }> {
  const { now } = options;
  const day = digestDay(now);
  const since = sql`coalesce(${users.digestSentAt}, '-infinity'::timestamptz)`;
  const candidates = await db
    .select({ id: users.id, role: users.role, handle: users.handle, displayName: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.emailDigest, true),
        eq(users.status, 'active'),
        // Only verified addresses get mail.
        isNotNull(users.emailVerifiedAt),
        sql`exists (select 1 from ${notifications} where ${notifications.userId} = ${users.id} and ${notifications.readAt} is null and ${notifications.updatedAt} > ${since})`,
      ),
    );
  let queued = 0;
  for (const member of candidates) {
    await db.transaction(async (tx) => {
      const [user] = await tx.select({ digestSentAt: users.digestSentAt }).from(users).where(eq(users.id, member.id));
      const unread = [isNull(notifications.readAt), ...(user?.digestSentAt ? [gt(notifications.updatedAt, user.digestSentAt)] : [])];
      const items = await selectNotificationViews(tx, member, unread, ITEMS_PER_DIGEST + 1);
      if (items.length === 0) return;
      const [{ total } = { total: items.length }] = await tx
        .select({ total: sql<number>`count(*)::int` })
        .from(notifications)
        .where(and(eq(notifications.userId, member.id), ...unread));
      const inserted = await tx
        .insert(emailOutbox)
        .values({
          userId: member.id,
          kind: 'digest',
          dedupeKey: `digest:${member.id}:${day}`,
          subject: mailString('digestSubject', { count: total }),
          textBody: digestBody(items.slice(0, ITEMS_PER_DIGEST), total),
          nextAttemptAt: now,
          createdAt: now,
        })
        .onConflictDoNothing({ target: emailOutbox.dedupeKey })
        .returning({ id: emailOutbox.id });
      if (inserted.length === 0) return;
      await tx.update(users).set({ digestSentAt: now }).where(eq(users.id, member.id));
      queued++;
    });
  }
  return { queued };
}
