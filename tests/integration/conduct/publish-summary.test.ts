import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replies, threads } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { publishConductSummary } from '@/lib/conduct/publish-conduct-summary';
import { AppError } from '@/lib/errors';
import { findPersonalData } from '@/lib/privacy/mask-personal-data';
import { createMember, createTestStory } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { fixedClock, logEntry } from './fixtures';

let handle: TestDatabase;
let owner: Member;
let other: Member;
let moderator: Member;

const SLUG = 'cn-internet-finance-collection';

beforeAll(async () => {
  handle = await createTestDatabase();
  owner = await createMember(handle.db);
  other = await createMember(handle.db);
  moderator = await createMember(handle.db, { role: 'moderator' });
  await logEntry(handle.db, owner, {
    time: '23:00',
    agency: '某某资产管理公司 13800138000',
    collectorName: '王经理',
    note: '私人备注：他威胁要打给我妈妈 13912345678',
    evidenceNote: '录音文件 2026-06-01.m4a',
  });
  await logEntry(handle.db, owner, { date: '2026-06-02', time: '10:00', channel: 'call', thirdParty: 'employer', agency: '某某资产管理公司' });
  await logEntry(handle.db, owner, { date: '2026-06-03', time: '11:00', channel: 'message', connected: undefined, lender: 'huabei' });
});
afterAll(() => handle.close());

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
}

async function snapshot(threadId: number) {
  const [thread] = await handle.db.select().from(threads).where(eq(threads.id, threadId));
  const rows = await handle.db.select().from(replies).where(eq(replies.threadId, threadId));
  return { thread, rows };
}

describe('publishConductSummary', () => {
  it('posts a masked summary as the owner’s reply in their own story, counted like any reply', async () => {
    const story = await createTestStory(handle.db, owner);
    const reply = await publishConductSummary(handle.db, owner, { threadId: story.id, ruleSetSlug: SLUG }, fixedClock);
    expect(reply).toMatchObject({ threadId: story.id, depth: 0, status: 'published' });

    const { thread, rows } = await snapshot(story.id);
    expect(thread!.replyCount).toBe(1);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.authorId).toBe(owner.id);
    expect(row.anonymousLabel).toBeNull();

    const body = row.body;
    // Dates, channels, collectors, and both flagged rules with their sources.
    expect(body).toContain('2026-06-01 23:00 (Asia/Shanghai)');
    expect(body).toContain('招商银行 / 某某资产管理公司');
    expect(body).toContain('花呗');
    expect(body).toContain('每晚 22:00 至次日 8:00 不催收');
    expect(body).toContain('只向债务人本人催收，不找联系人');
    expect(body).toContain('《互联网金融贷后催收业务指引》');
    expect(body).toContain('中国互联网金融协会');
    // No notes, no evidence, no collector's name, and nothing a masker would still find.
    expect(body).not.toContain('私人备注');
    expect(body).not.toContain('录音文件');
    expect(body).not.toContain('王经理');
    expect(body).not.toContain('13800138000');
    expect(body).not.toContain('13912345678');
    expect(body).not.toMatch(/\d{7,}/);
    expect(findPersonalData(body)).toEqual([]);
  });

  it('writes the summary in English when asked', async () => {
    const story = await createTestStory(handle.db, owner);
    await publishConductSummary(handle.db, owner, { threadId: story.id, ruleSetSlug: 'us-regulation-f', locale: 'en' }, fixedClock);
    const { rows } = await snapshot(story.id);
    expect(rows[0]!.body).toContain('Collection-conduct log summary');
    expect(rows[0]!.body).toContain('Regulation F');
  });

  it('keeps an anonymous story anonymous: the summary is posted under the story’s pseudonym', async () => {
    const story = await createTestStory(handle.db, owner, { anonymous: 'on' });
    await publishConductSummary(handle.db, owner, { threadId: story.id, ruleSetSlug: SLUG }, fixedClock);
    const { thread, rows } = await snapshot(story.id);
    expect(rows[0]!.anonymousLabel).toBe(thread!.anonymousLabel);
    expect(rows[0]!.anonymousLabel).not.toBeNull();
  });

  it.each([
    ['another member’s story', () => other, 'forbidden'],
    ['a moderator on someone else’s story', () => moderator, 'forbidden'],
  ])('refuses %s and leaves the thread unchanged', async (_label, author, code) => {
    const story = await createTestStory(handle.db, author());
    const before = await snapshot(story.id);
    expect(await failure(publishConductSummary(handle.db, owner, { threadId: story.id, ruleSetSlug: SLUG }, fixedClock))).toBe(code);
    expect(await snapshot(story.id)).toEqual(before);
  });

  it('a stranger cannot publish the owner’s log anywhere: their “summary” would be of their own (empty) log', async () => {
    const story = await createTestStory(handle.db, other);
    const before = await snapshot(story.id);
    expect(await failure(publishConductSummary(handle.db, other, { threadId: story.id, ruleSetSlug: SLUG }, fixedClock))).toBe(
      'invalid_input',
    );
    expect(await snapshot(story.id)).toEqual(before);
  });

  it('answers not_found for a thread that does not exist, and unauthenticated for a visitor', async () => {
    expect(await failure(publishConductSummary(handle.db, owner, { threadId: 999_999, ruleSetSlug: SLUG }, fixedClock))).toBe('not_found');
    const story = await createTestStory(handle.db, owner);
    expect(await failure(publishConductSummary(handle.db, null, { threadId: story.id, ruleSetSlug: SLUG }, fixedClock))).toBe(
      'unauthenticated',
    );
    expect((await snapshot(story.id)).rows).toEqual([]);
  });
});
