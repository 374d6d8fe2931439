import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import { emailOutbox, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { BASE_URL_PLACEHOLDER, mailString } from '../notifications/mail-text';
import { isUnsubscribePurpose, unsubscribeUrl, type UnsubscribePurpose } from './unsubscribe-token';

// The outbox is the mailer's whole state: a row is pending until an SMTP
// server accepted it, so a crash or a restart resumes where it stopped.
//
// Claiming: one UPDATE takes a batch of due rows, counts the attempt and
// pushes their nextAttemptAt past a lease. The inner SELECT locks with
// FOR UPDATE SKIP LOCKED (PostgreSQL; PGlite has one connection, so
// statements never interleave), and the UPDATE's own condition is re-checked
// on the locked row, so two senders never take the same row. If a sender
// dies mid-batch, its rows come due again when the lease ends.

export type MailTransport = Pick<Transporter, 'sendMail'>;

export interface SendPendingMailOptions {
  now: Date;
  /** Rows per run. */
  limit?: number;
  /** The From header. */
  from: string;
  /** Public base URL for links (APP_URL). */
  appUrl: string;
  /** AUTH_SECRET: signs the unsubscribe links. */
  secret: string;
  /** After this many failed attempts a row is `failed` for good. */
  maxAttempts?: number;
  /** How long a claimed row is hidden from other senders. */
  leaseMs?: number;
}

export interface SendReport {
  sent: number;
  retrying: number;
  failed: number;
}

const MINUTE = 60_000;

/** 1, 2, 4 … minutes after each failure, at most six hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MINUTE * 2 ** Math.max(attempts - 1, 0), 6 * 60 * MINUTE);
}

type MailKind = 'immediate' | 'digest' | 'account';

/** Which list a mail belongs to, for its unsubscribe link. */
function purposeOf(row: { kind: Exclude<MailKind, 'account'>; dedupeKey: string }): UnsubscribePurpose {
  if (row.kind === 'digest') return 'digest';
  // Immediate mail keys are `immediate:<type>:<userId>:<event>` (notifications/emit.ts).
  const purpose = `immediate-${row.dedupeKey.split(':')[1] ?? ''}`;
  return isUnsubscribePurpose(purpose) ? purpose : 'digest';
}

/** The final message: links resolved against APP_URL, the unsubscribe footer and headers added. */
export function composeMail(
  row: { id: number; userId: number; kind: MailKind; dedupeKey: string; subject: string; textBody: string },
  options: Pick<SendPendingMailOptions, 'appUrl' | 'secret' | 'from'>,
) {
  const base = options.appUrl.replace(/\/+$/, '');
  const host = new URL(base).hostname || 'ashore.local';
  // Account mail (links, notices about one's own account) is not a list:
  // no unsubscribe footer; its text carries its own signature.
  if (row.kind === 'account') {
    return {
      from: options.from,
      subject: row.subject,
      text: row.textBody.split(BASE_URL_PLACEHOLDER).join(base),
      messageId: `<outbox-${row.id}@${host}>`,
      headers: { 'Auto-Submitted': 'auto-generated' } as Record<string, string>,
    };
  }
  const unsubscribe = unsubscribeUrl(base, options.secret, row.userId, purposeOf({ kind: row.kind, dedupeKey: row.dedupeKey }));
  const footer = [
    '',
    '--',
    mailString(row.kind === 'digest' ? 'unsubscribeDigest' : 'unsubscribeImmediate', { url: unsubscribe }),
    mailString('settings', { url: `${base}/settings/notifications` }),
    mailString('signature'),
  ];
  return {
    from: options.from,
    subject: row.subject,
    text: [row.textBody.split(BASE_URL_PLACEHOLDER).join(base), ...footer].join('\n'),
    // Stable per row: a receiver can tell a resend after a crash from a new mail.
    messageId: `<outbox-${row.id}@${host}>`,
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    } as Record<string, string>,
  };
}

/**
 * Sends due outbox mail: claims up to `limit` rows, sends each, and marks it
 * sent only after the SMTP server accepted it. A failure records the error
 * and schedules a retry with exponential backoff; after `maxAttempts` the row
 * is `failed`. A digest whose recipient turned the digest off meanwhile is
 * dropped unsent, and so is any mail for an account without a verified
 * address (except account mail with its own address: a verification link).
 * Account mail is blanked once sent, so no link token stays in the table.
 */
export async function sendPendingMail(db: Database, transport: MailTransport, options: SendPendingMailOptions): Promise<SendReport> {
  const { now, limit = 20, maxAttempts = 8, leaseMs = 10 * MINUTE } = options;
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now)))
    .orderBy(asc(emailOutbox.nextAttemptAt), asc(emailOutbox.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(emailOutbox)
    .set({ attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs) })
    .where(and(inArray(emailOutbox.id, due), eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now)))
    .returning();
  const report: SendReport = { sent: 0, retrying: 0, failed: 0 };
  if (claimed.length === 0) return report;

  const recipients = await db
    .select({ id: users.id, email: users.email, emailVerifiedAt: users.emailVerifiedAt, emailDigest: users.emailDigest, status: users.status })
    .from(users)
    .where(inArray(users.id, [...new Set(claimed.map((row) => row.userId))]));

  for (const row of claimed.sort((a, b) => a.id - b.id)) {
    const recipient = recipients.find((u) => u.id === row.userId);
    const to = row.kind === 'account' && row.toAddress ? row.toAddress : recipient?.emailVerifiedAt ? recipient.email : null;
    if (!recipient || !to || (row.kind === 'digest' && !recipient.emailDigest)) {
      const reason = !to ? 'cancelled: no verified address' : 'cancelled: recipient unsubscribed';
      await db.update(emailOutbox).set({ status: 'failed', lastError: reason }).where(eq(emailOutbox.id, row.id));
      report.failed++;
      continue;
    }
    try {
      const info = (await transport.sendMail({ ...composeMail(row, options), to })) as { rejected?: unknown[]; response?: unknown };
      if (info.rejected?.length) throw new Error(`rejected by the SMTP server: ${String(info.response ?? '')}`.slice(0, 500));
      await db
        .update(emailOutbox)
        .set({ status: 'sent', sentAt: now, lastError: null, ...(row.kind === 'account' ? { textBody: '' } : {}) })
        .where(eq(emailOutbox.id, row.id));
      report.sent++;
    } catch (error) {
      const finalFailure = row.attempts >= maxAttempts;
      await db
        .update(emailOutbox)
        .set({
          status: finalFailure ? 'failed' : 'pending',
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)),
        })
        .where(eq(emailOutbox.id, row.id));
      if (finalFailure) report.failed++;
      else report.retrying++;
    }
  }
  return report;
}
