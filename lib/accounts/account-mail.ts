import { randomBytes } from 'node:crypto';
import { emailOutbox } from '@/db/schema';
import type { Database } from '@/db/types';
import catalog from '@/messages/zh-CN/accounts.json';
import { BASE_URL_PLACEHOLDER, fill } from '../notifications/mail-text';

// Account mail (verification and reset links, a notice to an address's
// owner) goes through the same outbox as notifications, in the transaction
// that caused it, as kind `account`: no unsubscribe footer, and the mailer
// blanks the stored body once sent, so a link's token does not stay in the
// database. Written in zh-CN, the forum's first language.

const strings = (catalog as { accountMail: Record<string, string> }).accountMail;

function text(key: string, values: Record<string, string> = {}): string {
  return fill(strings[key] ?? key, values);
}

type AccountMail = 'verifyEmail' | 'alreadyRegistered' | 'resetPassword';

export async function queueAccountMail(
  tx: Database,
  input: { userId: number; toAddress?: string; mail: AccountMail; values?: Record<string, string>; now: Date },
): Promise<void> {
  const values = { base: BASE_URL_PLACEHOLDER, ...input.values };
  await tx.insert(emailOutbox).values({
    userId: input.userId,
    kind: 'account',
    toAddress: input.toAddress ?? null,
    dedupeKey: `account:${input.mail}:${input.userId}:${randomBytes(8).toString('hex')}`,
    subject: text(`${input.mail}Subject`),
    textBody: text(`${input.mail}Body`, values),
    nextAttemptAt: input.now,
    createdAt: input.now,
  });
}
