import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '@/lib/auth/viewer';
import { conductInsights, MIN_LOGS } from '@/lib/conduct/conduct-insights';
import { deleteConductEntry } from '@/lib/conduct/delete-conduct-entry';
import { createMember } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { fixedClock, logEntry } from './fixtures';

let handle: TestDatabase;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe('conductInsights', () => {
  it('is empty without logs', async () => {
    const insights = await conductInsights(handle.db);
    expect(insights.rows).toEqual([]);
    expect(insights.minLogs).toBe(10);
    expect(insights.ruleSet).toMatchObject({ slug: 'cn-internet-finance-collection', version: 1 });
  });

  it('shows no figure for a lender logged by fewer than 10 members, and the hand-computed share for one with 10', async () => {
    const members: Member[] = [];
    for (let i = 0; i < 10; i += 1) members.push(await createMember(handle.db));
    const [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10] = members as [Member, Member, Member, Member, Member, Member, Member, Member, Member, Member];

    // 招商银行 (cmb), ten members. Collector = lender + agency; one pair per member and collector.
    // m1–m3: a 23:00 call from the bank's own staff → 3 pairs, 3 flagged (quiet hours).
    for (const m of [m1, m2, m3]) await logEntry(handle.db, m, { time: '23:00' });
    // m4: a daytime call from the bank (clean) and a call by agency 甲 to the employer → 2 pairs, 1 flagged.
    await logEntry(handle.db, m4, { time: '10:00' });
    await logEntry(handle.db, m4, { time: '11:00', agency: '甲催收', thirdParty: 'employer' });
    // m5: agency 甲 twice, typed differently: one collector, clean → 1 pair, 0 flagged.
    await logEntry(handle.db, m5, { time: '10:00', agency: '甲催收' });
    await logEntry(handle.db, m5, { time: '15:00', agency: ' 甲催收 ' });
    // m6: four connected calls in one day, bank and agency 乙 together (the daily limit is per institution):
    // the 4th, by 乙, is flagged → 2 pairs (bank clean, 乙 flagged), 1 flagged.
    await logEntry(handle.db, m6, { time: '09:00' });
    await logEntry(handle.db, m6, { time: '10:00' });
    await logEntry(handle.db, m6, { time: '11:00', agency: '乙资产' });
    await logEntry(handle.db, m6, { time: '12:00', agency: '乙资产' });
    // m7: a 23:00 call, deleted, and a clean one → 1 pair, 0 flagged.
    const deleted = await logEntry(handle.db, m7, { time: '23:00' });
    await deleteConductEntry(handle.db, m7, { entryId: deleted.id }, fixedClock);
    await logEntry(handle.db, m7, { time: '14:00' });
    // m8–m10: clean → 3 pairs, 0 flagged.
    for (const m of [m8, m9, m10]) await logEntry(handle.db, m, { time: '16:00' });
    // Totals: 3 + 2 + 1 + 2 + 1 + 3 = 12 pairs, 3 + 1 + 0 + 1 + 0 + 0 = 5 flagged.

    // 花呗, nine members, every one flagged: still no figure.
    for (const m of members.slice(0, 9)) await logEntry(handle.db, m, { lender: 'huabei', time: '23:30' });

    const insights = await conductInsights(handle.db);
    expect(insights.rows.map((r) => r.lender.slug)).toEqual(['cmb', 'huabei']);
    const [cmb, huabei] = insights.rows;
    expect(cmb).toEqual({
      lender: expect.objectContaining({ slug: 'cmb', labelZh: '招商银行' }),
      suppressed: false,
      logs: 10,
      collectors: 12,
      flaggedCollectors: 5,
      share: 5 / 12,
    });
    // Suppressed rows carry no numbers at all, not even the count of logs.
    expect(huabei).toEqual({ lender: expect.objectContaining({ slug: 'huabei' }), suppressed: true });
    expect(MIN_LOGS).toBe(10);
  });
});
