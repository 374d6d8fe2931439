import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { threadPseudonyms } from '@/db/schema';
import type { Database } from '@/db/types';

// Anonymous authors get a per-thread pseudonym so replies can be followed
// inside a thread without linking threads: the label is random, not derived
// from the user, and is written onto each anonymous post row so reads never
// touch the (thread, user) mapping.

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomLabel(): string {
  let label = '';
  for (let i = 0; i < 4; i++) label += ALPHABET[randomInt(ALPHABET.length)];
  return label;
}

export async function pseudonymFor(tx: Database, threadId: number, userId: number): Promise<string> {
  await tx
    .insert(threadPseudonyms)
    .values({ threadId, userId, label: randomLabel() })
    .onConflictDoNothing({ target: [threadPseudonyms.threadId, threadPseudonyms.userId] });
  const [row] = await tx
    .select({ label: threadPseudonyms.label })
    .from(threadPseudonyms)
    .where(and(eq(threadPseudonyms.threadId, threadId), eq(threadPseudonyms.userId, userId)));
  return row!.label;
}
