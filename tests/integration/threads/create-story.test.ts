import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadRevisions, threads, threadStages, timelineEntries } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { createStory } from '@/lib/threads/create-story';
import { getThreadPage } from '@/lib/threads/get-thread-page';
import { createMember, slugId, storyInput, taxonomyOf } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let author: Member;

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
});
afterAll(() => handle.close());

async function rowCounts() {
  const db = handle.db;
  const [[a], [b], [c], [d]] = await Promise.all([
    db.select({ n: count() }).from(threads),
    db.select({ n: count() }).from(threadStages),
    db.select({ n: count() }).from(timelineEntries),
    db.select({ n: count() }).from(threadRevisions),
  ]);
  return [a!.n, b!.n, c!.n, d!.n];
}

async function expectRefused(attempt: () => Promise<unknown>, code: string, fields: string[] = []) {
  const before = await rowCounts();
  const error = await attempt().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  for (const field of fields) expect((error as AppError).fieldErrors?.[field], field).toBeDefined();
  expect(await rowCounts()).toEqual(before);
}

describe('createStory', () => {
  it('stores the stages in process order, the outcome, lender, timeline and a first revision', async () => {
    const t = await taxonomyOf(handle.db);
    const input = await storyInput(handle.db, {
      stages: ['settled', 'sms', 'negotiation', 'calls'],
      outcome: 'installments',
      lender: 'cgb',
      timeline: [
        { date: '2025-06-03', stageId: slugId(t.stages, 'negotiation'), note: '第二次打客服电话，申请了 36 期分期' },
        { date: '2025-01', stageId: slugId(t.stages, 'sms'), note: '收到第一条逾期提醒短信' },
      ],
    });
    const story = await createStory(handle.db, author, input);
    const page = await getThreadPage(handle.db, author, story.id);

    expect(page.thread.stageIds).toEqual(['sms', 'calls', 'negotiation', 'settled'].map((s) => slugId(t.stages, s)));
    expect(page.thread.isSettled).toBe(true);
    expect(page.thread.outcomeId).toBe(slugId(t.outcomes, 'installments'));
    expect(page.thread.lenderId).toBe(slugId(t.lenders, 'cgb'));
    // Sorted by date; a month-only date keeps its precision.
    expect(page.thread.timeline.map((e) => [e.occurredOn, e.datePrecision])).toEqual([
      ['2025-01-01', 'month'],
      ['2025-06-03', 'day'],
    ]);
    expect(page.thread.revisionCount).toBe(1);
    expect(page.thread.author).toEqual({ kind: 'member', handle: author.handle, displayName: author.displayName, role: 'member' });
  });

  it('masks a phone number in the title, body and timeline before storing anything', async () => {
    const input = await storyInput(handle.db, {
      title: '催收员让我打 13812345678 回电',
      body: '他们说我的手机 139 1234 5678 已经登记，卡号 6222 0212 3456 7894 也有记录。',
      timeline: [{ date: '2025-02', note: '对方留了电话 13700001111' }],
    });
    const story = await createStory(handle.db, author, input);
    const [row] = await handle.db.select().from(threads).where(eq(threads.id, story.id));
    const [revision] = await handle.db.select().from(threadRevisions).where(eq(threadRevisions.threadId, story.id));
    const [entry] = await handle.db.select().from(timelineEntries).where(eq(timelineEntries.threadId, story.id));
    const stored = JSON.stringify([row, revision, entry]);
    for (const secret of ['13812345678', '1234 5678', '0212 3456', '13700001111']) expect(stored).not.toContain(secret);
    expect(row!.title).toContain('138****5678');
  });

  it('refuses a signed-out visitor and writes nothing', async () => {
    await expectRefused(async () => createStory(handle.db, null, await storyInput(handle.db)), 'unauthenticated');
  });

  it('reports every invalid field at once and writes nothing', async () => {
    const input = await storyInput(handle.db, {
      title: '   ',
      body: '长'.repeat(20_001),
      stageIds: [],
      timeline: [{ date: '2025-13', note: '' }],
    });
    await expectRefused(() => createStory(handle.db, author, input), 'invalid_input', [
      'title',
      'body',
      'stageIds',
      'timeline.0.date',
      'timeline.0.note',
    ]);
  });

  it('accepts a title of exactly 120 characters and refuses 121', async () => {
    await expect(createStory(handle.db, author, await storyInput(handle.db, { title: '债'.repeat(120) }))).resolves.toBeDefined();
    await expectRefused(async () => createStory(handle.db, author, await storyInput(handle.db, { title: '债'.repeat(121) })), 'invalid_input', [
      'title',
    ]);
  });

  it('refuses unknown taxonomy ids, including inside the timeline', async () => {
    const input = await storyInput(handle.db, {
      stageIds: [999],
      outcomeId: 999,
      lenderId: 999,
      amountBandId: 999,
      timeline: [{ date: '2025-01', stageId: 999, note: '一条记录' }],
    });
    await expectRefused(() => createStory(handle.db, author, input), 'invalid_input', [
      'stageIds',
      'outcomeId',
      'lenderId',
      'amountBandId',
      'timeline.0.stageId',
    ]);
  });

  it('needs a name when the lender is "other", and keeps it', async () => {
    await expectRefused(async () => createStory(handle.db, author, await storyInput(handle.db, { lender: 'other' })), 'invalid_input', [
      'lenderOther',
    ]);
    const story = await createStory(handle.db, author, await storyInput(handle.db, { lender: 'other', lenderOther: '某某消费金融' }));
    const page = await getThreadPage(handle.db, null, story.id);
    expect(page.thread.lenderOther).toBe('某某消费金融');
  });

  it('refuses impossible calendar dates in the timeline', async () => {
    await expectRefused(async () => createStory(handle.db, author, await storyInput(handle.db, { timeline: [{ date: '2025-02-30', note: '不存在的日子' }] })),
      'invalid_input',
      ['timeline.0.date'],
    );
  });
});
