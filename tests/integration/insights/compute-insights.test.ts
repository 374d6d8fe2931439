import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '@/lib/auth/viewer';
import { computeInsights, MIN_STORIES, type Figure } from '@/lib/insights/compute-insights';
import { deleteThread } from '@/lib/threads/delete-thread';
import { createMember, createTestStory } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let author: Member;

const at = (iso: string) => () => new Date(iso);

// The data set, written out so every expected number below can be checked by hand.
// Stages: every story has sms + calls; icbc stories add lawsuit; installment stories add
// negotiation; installment and paid-in-full stories add settled (so they are is_settled).
type Row = { lender: string; outcome: string; months: number; year: number };
const rows: Row[] = [
  // 招商银行 cmb, 12 stories, all in 2025: installments ×10 (1–10 months), paid ×1 (2), ongoing ×1 (3).
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((months) => ({ lender: 'cmb', outcome: 'installments', months, year: 2025 })),
  { lender: 'cmb', outcome: 'paid-in-full', months: 2, year: 2025 },
  { lender: 'cmb', outcome: 'ongoing', months: 3, year: 2025 },
  // 工商银行 icbc, 10 stories: installments ×1 (11) and paid ×2 (4, 6) in 2024; paid ×7 (8–20) in 2026.
  { lender: 'icbc', outcome: 'installments', months: 11, year: 2024 },
  { lender: 'icbc', outcome: 'paid-in-full', months: 4, year: 2024 },
  { lender: 'icbc', outcome: 'paid-in-full', months: 6, year: 2024 },
  ...[8, 10, 12, 14, 16, 18, 20].map((months) => ({ lender: 'icbc', outcome: 'paid-in-full', months, year: 2026 })),
  // 花呗 huabei, 3 stories in 2026: installments ×2 (12, 13), ongoing ×1 (5).
  { lender: 'huabei', outcome: 'installments', months: 12, year: 2026 },
  { lender: 'huabei', outcome: 'installments', months: 13, year: 2026 },
  { lender: 'huabei', outcome: 'ongoing', months: 5, year: 2026 },
];
// Totals: 25 stories; installments 13, paid-in-full 10, ongoing 2.

function stagesOf(row: Row): string[] {
  const stages = ['sms', 'calls'];
  if (row.lender === 'icbc') stages.push('lawsuit');
  if (row.outcome === 'installments') stages.push('negotiation');
  if (row.outcome === 'installments' || row.outcome === 'paid-in-full') stages.push('settled');
  return stages;
}

const S = { suppressed: true } as const;
const shown = <T extends object>(value: T) => ({ suppressed: false, ...value });
const bySlug = <T extends { figure: Figure<object> }>(items: T[], key: 'outcome' | 'stage' | 'lender', slug: string) =>
  items.find((i) => (i as unknown as Record<string, { slug: string }>)[key]!.slug === slug)?.figure;

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  for (const [i, row] of rows.entries()) {
    const day = String((i % 27) + 1).padStart(2, '0');
    await createTestStory(
      handle.db,
      author,
      { lender: row.lender, outcome: row.outcome, monthsOverdue: row.months, stages: stagesOf(row) },
      at(`${row.year}-06-${day}T04:00:00Z`),
    );
  }
  // Neither a story held for review nor one its author deleted is counted: both would be
  // a settled cmb instalment story in 2025.
  const pending = await createTestStory(
    handle.db,
    author,
    {
      title: '专业停息挂账代办，成功率高',
      body: '我们团队做代理协商三年了，有需要的加V：shangan2026，免费评估。',
      lender: 'cmb',
      outcome: 'installments',
      stages: ['sms', 'settled'],
    },
    at('2025-07-01T04:00:00Z'),
  );
  expect(pending.status).toBe('pending');
  const deleted = await createTestStory(
    handle.db,
    author,
    { lender: 'cmb', outcome: 'installments', stages: ['sms', 'settled'] },
    at('2025-07-02T04:00:00Z'),
  );
  await deleteThread(handle.db, author, { threadId: deleted.id });
}, 120_000);
afterAll(() => handle.close());

describe('computeInsights', () => {
  it('counts the outcome distribution of published stories and suppresses bars under 10', async () => {
    const insights = await computeInsights(handle.db);
    expect(MIN_STORIES).toBe(10);
    expect(insights.total).toEqual(shown({ count: 25 }));
    expect(bySlug(insights.outcomes, 'outcome', 'installments')).toEqual(shown({ count: 13, share: 13 / 25 }));
    expect(bySlug(insights.outcomes, 'outcome', 'paid-in-full')).toEqual(shown({ count: 10, share: 10 / 25 }));
    expect(bySlug(insights.outcomes, 'outcome', 'ongoing')).toEqual(S);
    expect(bySlug(insights.outcomes, 'outcome', 'sued')).toEqual(S);
    expect(insights.outcomes.map((o) => o.outcome.slug)).toEqual([
      'installments',
      'suspended-interest',
      'reduction',
      'paid-in-full',
      'sued',
      'ongoing',
    ]);
  });

  it('gives the share of stories that reached each stage', async () => {
    const { stages } = await computeInsights(handle.db);
    expect(bySlug(stages, 'stage', 'sms')).toEqual(shown({ count: 25, share: 1 }));
    expect(bySlug(stages, 'stage', 'calls')).toEqual(shown({ count: 25, share: 1 }));
    expect(bySlug(stages, 'stage', 'letters')).toEqual(S);
    expect(bySlug(stages, 'stage', 'home-visit')).toEqual(S);
    expect(bySlug(stages, 'stage', 'lawsuit')).toEqual(shown({ count: 10, share: 10 / 25 }));
    expect(bySlug(stages, 'stage', 'negotiation')).toEqual(shown({ count: 13, share: 13 / 25 }));
    expect(bySlug(stages, 'stage', 'settled')).toEqual(shown({ count: 23, share: 23 / 25 }));
  });

  it('gives the median months overdue of settled stories by outcome and by lender', async () => {
    const insights = await computeInsights(handle.db);
    // installments: 1…13 → 7. paid-in-full: 2, 4, 6, …, 20 → (10 + 12) / 2 = 11.
    expect(insights.medianMonthsByOutcome).toEqual([
      { outcome: expect.objectContaining({ slug: 'installments' }), figure: shown({ count: 13, median: 7 }) },
      { outcome: expect.objectContaining({ slug: 'paid-in-full' }), figure: shown({ count: 10, median: 11 }) },
    ]);
    // cmb: 1,2,2,3,4,5,6,7,8,9,10 → 5. icbc: 4,6,8,10,11,12,14,16,18,20 → (11 + 12) / 2 = 11.5. huabei: 2 stories.
    expect(insights.medianMonthsByLender).toEqual([
      { lender: expect.objectContaining({ slug: 'cmb' }), figure: shown({ count: 11, median: 5 }) },
      { lender: expect.objectContaining({ slug: 'icbc' }), figure: shown({ count: 10, median: 11.5 }) },
      { lender: expect.objectContaining({ slug: 'huabei' }), figure: S },
    ]);
  });

  it('counts outcomes by lender, suppressing small rows and small cells', async () => {
    const { byLender } = await computeInsights(handle.db);
    expect(byLender.map((r) => r.lender.slug)).toEqual(['cmb', 'icbc', 'huabei']);
    const cmb = byLender[0]!.figure;
    expect(cmb).toMatchObject({ suppressed: false, count: 12 });
    if (cmb.suppressed) throw new Error('cmb suppressed');
    expect(cmb.cells.map((c) => [c.outcome.slug, c.figure])).toEqual([
      ['installments', shown({ count: 10 })],
      ['suspended-interest', S],
      ['reduction', S],
      ['paid-in-full', S],
      ['sued', S],
      ['ongoing', S],
    ]);
    expect(byLender[1]!.figure).toMatchObject({ suppressed: false, count: 10 });
    // A lender with 3 stories: no numbers at all.
    expect(byLender[2]!.figure).toEqual(S);
  });

  it('filters by lender and suppresses everything for a lender with fewer than 10 stories', async () => {
    const cmbId = (await computeInsights(handle.db)).byLender[0]!.lender.id;
    const cmb = await computeInsights(handle.db, { lenderId: cmbId });
    expect(cmb.total).toEqual(shown({ count: 12 }));
    expect(bySlug(cmb.stages, 'stage', 'sms')).toEqual(shown({ count: 12, share: 1 }));
    expect(bySlug(cmb.stages, 'stage', 'negotiation')).toEqual(shown({ count: 10, share: 10 / 12 }));
    expect(bySlug(cmb.outcomes, 'outcome', 'installments')).toEqual(shown({ count: 10, share: 10 / 12 }));
    expect(bySlug(cmb.outcomes, 'outcome', 'paid-in-full')).toEqual(S);

    const huabeiId = (await computeInsights(handle.db)).byLender[2]!.lender.id;
    const huabei = await computeInsights(handle.db, { lenderId: huabeiId });
    expect(huabei.total).toEqual(S);
    expect(huabei.outcomes.every((o) => o.figure.suppressed)).toBe(true);
    expect(huabei.stages.every((s) => s.figure.suppressed)).toBe(true);
    expect(huabei.byLender).toEqual([{ lender: expect.objectContaining({ slug: 'huabei' }), figure: S }]);
    expect(JSON.stringify(huabei)).not.toMatch(/"count"|"share"|"median"/);
  });

  it('filters by year (China time) and suppresses a year with fewer than 10 stories', async () => {
    // 2026: icbc ×7 (paid) + huabei ×3 = 10.
    const y2026 = await computeInsights(handle.db, { year: 2026 });
    expect(y2026.total).toEqual(shown({ count: 10 }));
    expect(bySlug(y2026.stages, 'stage', 'sms')).toEqual(shown({ count: 10, share: 1 }));
    expect(bySlug(y2026.outcomes, 'outcome', 'paid-in-full')).toEqual(S);
    // 2025: the 12 cmb stories (the pending and deleted ones are not counted).
    expect((await computeInsights(handle.db, { year: 2025 })).total).toEqual(shown({ count: 12 }));
    // 2024: 3 icbc stories.
    const y2024 = await computeInsights(handle.db, { year: 2024 });
    expect(y2024.total).toEqual(S);
    expect(JSON.stringify(y2024)).not.toMatch(/"count"|"share"|"median"/);
    expect((await computeInsights(handle.db, { year: 2023 })).total).toEqual(S);
  });

  it('restricts to stories that reached a stage', async () => {
    const lawsuitId = (await computeInsights(handle.db)).stages.find((s) => s.stage.slug === 'lawsuit')!.stage.id;
    const atLawsuit = await computeInsights(handle.db, { stageId: lawsuitId });
    expect(atLawsuit.total).toEqual(shown({ count: 10 }));
    expect(bySlug(atLawsuit.stages, 'stage', 'lawsuit')).toEqual(shown({ count: 10, share: 1 }));
  });
});
