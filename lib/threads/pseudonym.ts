import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { threadPseudonyms } from '@/db/schema';
import type { Database } from '@/db/types';
import { AppError } from '../errors';

// Anonymous authors get a per-thread pseudonym so replies can be followed
// inside a thread without linking threads: the label is random, not derived
// from the user, and is written onto each anonymous post row so reads never
// touch the (thread, user) mapping.

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Makes one candidate label; injectable so tests can force collisions. */
export type LabelGenerator = () => string;

export const randomLabel: LabelGenerator = () => {
  let label = '';
  for (let i = 0; i < 4; i++) label += ALPHABET[randomInt(ALPHABET.length)];
  return label;
};

/**
 * 32^4 labels make a collision inside one thread rare but not impossible
 * (two anonymous repliers drawing the same label at once is a birthday
 * problem); a few fresh draws always suffice in practice.
 */
const MAX_ATTEMPTS = 8;

/**
 * The viewer's label in this thread, created on first use. `on conflict do
 * nothing` without a target covers both unique keys: (thread, user) — the
 * author already has a label, possibly written a moment ago by a parallel
 * request — and (thread, label) — someone else drew the same one, in which
 * case a new label is drawn. Never an error, and the transaction stays usable.
 */
export async function pseudonymFor(tx: Database, threadId: number, userId: number, labels: LabelGenerator = randomLabel): Promise<string> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    await tx.insert(threadPseudonyms).values({ threadId, userId, label: labels() }).onConflictDoNothing();
    const [row] = await tx
      .select({ label: threadPseudonyms.label })
      .from(threadPseudonyms)
      .where(and(eq(threadPseudonyms.threadId, threadId), eq(threadPseudonyms.userId, userId)));
    if (row) return row.label;
  }
  // Unreachable in practice (32^4 labels); "changed meanwhile, try again" is true enough.
  throw new AppError('conflict', { _form: ['wrong_state'] });
}
