import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conductEntries } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { createConductEntry } from '@/lib/conduct/create-conduct-entry';
import { deleteConductEntry } from '@/lib/conduct/delete-conduct-entry';
import { editConductEntry } from '@/lib/conduct/edit-conduct-entry';
import { getConductReport } from '@/lib/conduct/get-conduct-report';
import { getConductEntry, listConductEntries } from '@/lib/conduct/queries';
import { AppError } from '@/lib/errors';
import { createMember, createTestStory } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { entryInput, fixedClock, logEntry } from './fixtures';

let handle: TestDatabase;
let owner: Member;
let other: Member;
let moderator: Member;
let admin: Member;

beforeAll(async () => {
  handle = await createTestDatabase();
  owner = await createMember(handle.db);
  other = await createMember(handle.db);
  moderator = await createMember(handle.db, { role: 'moderator' });
  admin = await createMember(handle.db, { role: 'admin' });
});
afterAll(() => handle.close());

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => ({ code: 'ok', fieldErrors: undefined }),
    (e: unknown) => (e instanceof AppError ? { code: e.code, fieldErrors: e.fieldErrors } : { code: String(e), fieldErrors: undefined }),
  );
}

const rowOf = async (id: number) => (await handle.db.select().from(conductEntries).where(eq(conductEntries.id, id)))[0];

describe('createConductEntry', () => {
  it('stores the contact at the instant the owner’s wall clock named, in their zone', async () => {
    const { id } = await logEntry(handle.db, owner, { date: '2026-06-01', time: '23:00', timeZone: 'Asia/Shanghai' });
    const row = await rowOf(id);
    expect(row!.occurredAt.toISOString()).toBe('2026-06-01T15:00:00.000Z');
    expect(row!.timeZone).toBe('Asia/Shanghai');
    expect(row!.ownerId).toBe(owner.id);
    const entry = await getConductEntry(handle.db, owner, { entryId: id });
    expect([entry.localDate, entry.localTime, entry.connected]).toEqual(['2026-06-01', '23:00', true]);
  });

  it('follows daylight saving in the owner’s zone', async () => {
    const winter = await logEntry(handle.db, owner, { date: '2026-01-15', time: '07:30', timeZone: 'America/New_York' });
    const summer = await logEntry(handle.db, owner, { date: '2026-05-15', time: '07:30', timeZone: 'America/New_York' });
    expect((await rowOf(winter.id))!.occurredAt.toISOString()).toBe('2026-01-15T12:30:00.000Z');
    expect((await rowOf(summer.id))!.occurredAt.toISOString()).toBe('2026-05-15T11:30:00.000Z');
  });

  it.each([
    ['date', { date: '' }, 'required'],
    ['date', { date: '2026-02-30' }, 'invalid_date'],
    ['date', { date: '06/01/2026' }, 'invalid_date'],
    ['time', { time: '' }, 'required'],
    ['time', { time: '24:00' }, 'invalid_time'],
    ['time', { time: '9pm' }, 'invalid_time'],
    ['timeZone', { timeZone: '' }, 'required'],
    ['timeZone', { timeZone: 'Mars/Olympus_Mons' }, 'invalid_time_zone'],
    ['timeZone', { timeZone: '+08:00' }, 'invalid_time_zone'],
    ['channel', { channel: '' }, 'required'],
    ['channel', { channel: 'pigeon' }, 'unknown_option'],
    ['thirdParty', { channel: 'third_party' }, 'required'],
    ['thirdParty', { thirdParty: 'neighbour' }, 'unknown_option'],
    ['lenderId', { lenderId: '' }, 'required'],
    ['lenderId', { lenderId: 'abc' }, 'invalid'],
    ['categories.0', { categories: ['rudeness'] }, 'unknown_option'],
    ['categories', { categories: ['threat', 'threat'] }, 'duplicate'],
    ['agency', { agency: '催'.repeat(81) }, 'too_long:80'],
    ['collectorName', { collectorName: '王'.repeat(41) }, 'too_long:40'],
    ['note', { note: '记'.repeat(2001) }, 'too_long:2000'],
    ['evidenceNote', { evidenceNote: '录'.repeat(2001) }, 'too_long:2000'],
  ] as const)('refuses a bad %s (%j) with %s', async (name, overrides, key) => {
    const result = await failure(createConductEntry(handle.db, owner, await entryInput(handle.db, overrides), fixedClock));
    expect(result.code).toBe('invalid_input');
    expect(result.fieldErrors?.[name]).toEqual([key]);
  });

  it('reports every field’s error at once, not only the first', async () => {
    const input = { ...(await entryInput(handle.db)), date: '', time: 'x', timeZone: 'Nowhere/City', channel: 'fax' };
    const result = await failure(createConductEntry(handle.db, owner, input, fixedClock));
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['channel', 'date', 'time', 'timeZone']);
  });

  it.each([
    ['lenderId', { lenderId: '777' }, 'unknown_option'],
    ['time', { date: '2026-03-08', time: '02:30', timeZone: 'America/New_York' }, 'nonexistent_time'],
    ['date', { date: '2026-06-11', time: '09:00' }, 'in_future'],
  ] as const)('refuses %s that the database or the clock contradicts (%j)', async (name, overrides, key) => {
    const result = await failure(createConductEntry(handle.db, owner, await entryInput(handle.db, overrides), fixedClock));
    expect(result).toMatchObject({ code: 'invalid_input', fieldErrors: { [name]: [key] } });
  });

  it('ties an entry to the owner’s own story only', async () => {
    const mine = await createTestStory(handle.db, owner);
    const theirs = await createTestStory(handle.db, other);
    const { id } = await logEntry(handle.db, owner, { threadId: String(mine.id) });
    expect((await rowOf(id))!.threadId).toBe(mine.id);
    const result = await failure(createConductEntry(handle.db, owner, await entryInput(handle.db, { threadId: String(theirs.id) }), fixedClock));
    expect(result).toMatchObject({ code: 'invalid_input', fieldErrors: { threadId: ['unknown_option'] } });
  });

  it('masks phone numbers, ID and card numbers in every free-text field before storing', async () => {
    const { id } = await logEntry(handle.db, owner, {
      agency: '某某催收公司 13800138000',
      collectorName: '自称王经理，微信 wangjl_2026',
      note: '对方说要联系我单位，回拨号码 13912345678，身份证 11010519491231002X 被念了出来',
      evidenceNote: '通话录音在手机里，还款卡号 6222021234567890128',
    });
    const row = (await rowOf(id))!;
    const stored = [row.agency, row.collectorName, row.note, row.evidenceNote].join('\n');
    for (const raw of ['13800138000', 'wangjl_2026', '13912345678', '11010519491231002X', '6222021234567890128']) {
      expect(stored).not.toContain(raw);
    }
    expect(row.agency).toContain('138****8000');
    expect(row.note).toContain('139****5678');
    expect(row.evidenceNote).toContain('6222****0128');
  });

  it('records "connected" for calls only', async () => {
    const call = await logEntry(handle.db, owner, { connected: undefined });
    const letter = await logEntry(handle.db, owner, { channel: 'letter', connected: 'on' });
    expect((await rowOf(call.id))!.connected).toBe(false);
    expect((await rowOf(letter.id))!.connected).toBeNull();
  });

  it('refuses a signed-out visitor', async () => {
    expect((await failure(createConductEntry(handle.db, null, await entryInput(handle.db), fixedClock))).code).toBe('unauthenticated');
  });
});

describe('privacy: the log is its owner’s alone', () => {
  it.each([
    ['another member', () => other],
    ['a moderator', () => moderator],
    ['an admin', () => admin],
  ])('%s sees none of it: lists, entries and reports', async (_label, viewer) => {
    const { id } = await logEntry(handle.db, owner, { note: '只给自己看的备注' });
    const list = await listConductEntries(handle.db, viewer());
    expect(list.map((e) => e.id)).not.toContain(id);
    expect(list.every((e) => e.note !== '只给自己看的备注')).toBe(true);
    expect((await failure(getConductEntry(handle.db, viewer(), { entryId: id }))).code).toBe('not_found');
    const report = await getConductReport(handle.db, viewer(), { ruleSetSlug: 'cn-internet-finance-collection' });
    expect(report.entries.map((e) => e.id)).not.toContain(id);
    // The owner does see it.
    expect((await listConductEntries(handle.db, owner)).map((e) => e.id)).toContain(id);
  });

  it('a stranger’s report covers only their own (empty) log, even for a 23:00 call of the owner', async () => {
    await logEntry(handle.db, owner, { time: '23:00' });
    const stranger = await createMember(handle.db);
    const report = await getConductReport(handle.db, stranger, { ruleSetSlug: 'cn-internet-finance-collection' });
    expect(report.entries).toEqual([]);
    expect(report.report.breaches).toEqual([]);
  });

  it('refuses a signed-out visitor every read', async () => {
    expect((await failure(listConductEntries(handle.db, null))).code).toBe('unauthenticated');
    expect((await failure(getConductReport(handle.db, null, { ruleSetSlug: 'cn-internet-finance-collection' }))).code).toBe('unauthenticated');
  });

  it('answers not_found for an unknown rule set', async () => {
    expect((await failure(getConductReport(handle.db, owner, { ruleSetSlug: 'no-such-rules' }))).code).toBe('not_found');
  });
});

describe('editConductEntry and deleteConductEntry', () => {
  it('lets the owner edit, masking again', async () => {
    const { id } = await logEntry(handle.db, owner);
    const edit = { ...(await entryInput(handle.db, { time: '22:30', note: '改为：回拨 13800138000' })), entryId: String(id) };
    await editConductEntry(handle.db, owner, edit, fixedClock);
    const row = (await rowOf(id))!;
    expect(row.occurredAt.toISOString()).toBe('2026-06-01T14:30:00.000Z');
    expect(row.note).toBe('改为：回拨 138****8000');
  });

  it.each([
    ['another member', () => other],
    ['a moderator', () => moderator],
    ['an admin', () => admin],
  ])('refuses %s with not_found and leaves the row unchanged', async (_label, viewer) => {
    const { id } = await logEntry(handle.db, owner, { note: '原始记录' });
    const before = await rowOf(id);
    const edit = { ...(await entryInput(handle.db, { note: '被篡改' })), entryId: String(id) };
    expect((await failure(editConductEntry(handle.db, viewer(), edit, fixedClock))).code).toBe('not_found');
    expect((await failure(deleteConductEntry(handle.db, viewer(), { entryId: id }, fixedClock))).code).toBe('not_found');
    expect(await rowOf(id)).toEqual(before);
  });

  it('refuses a signed-out visitor and leaves the row unchanged', async () => {
    const { id } = await logEntry(handle.db, owner);
    const before = await rowOf(id);
    expect((await failure(deleteConductEntry(handle.db, null, { entryId: id }))).code).toBe('unauthenticated');
    expect(await rowOf(id)).toEqual(before);
  });

  it('deletes softly: the row stays, no read returns it, and it cannot be edited or deleted again', async () => {
    const { id } = await logEntry(handle.db, owner);
    await deleteConductEntry(handle.db, owner, { entryId: id }, fixedClock);
    expect((await rowOf(id))!.deletedAt).toEqual(fixedClock());
    expect((await listConductEntries(handle.db, owner)).map((e) => e.id)).not.toContain(id);
    expect((await failure(getConductEntry(handle.db, owner, { entryId: id }))).code).toBe('not_found');
    const edit = { ...(await entryInput(handle.db)), entryId: String(id) };
    expect((await failure(editConductEntry(handle.db, owner, edit, fixedClock))).code).toBe('not_found');
    expect((await failure(deleteConductEntry(handle.db, owner, { entryId: id }, fixedClock))).code).toBe('not_found');
  });

  it('refuses a garbage id as invalid input', async () => {
    expect((await failure(deleteConductEntry(handle.db, owner, { entryId: '1 or 1=1' }))).code).toBe('invalid_input');
  });
});
