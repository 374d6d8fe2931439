/** Tables whose row counts a backup reports and a restore is checked against. */
export const COUNTED_TABLES = ['users', 'threads', 'replies', 'thread_revisions', 'reply_revisions', 'thread_votes', 'reply_votes', 'notifications'] as const;

export async function tableCounts(query: (text: string) => Promise<Record<string, unknown>[]>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) counts[table] = Number((await query(`select count(*)::int as n from ${table}`))[0]!.n);
  return counts;
}
