import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '@/lib/auth/viewer';
import { cachedConductInsights } from '@/lib/conduct/conduct-insights';
import { deleteConductEntry } from '@/lib/conduct/delete-conduct-entry';
import { cachedInsights, loadCachedStageGuide } from '@/lib/insights/cached-insights';
import { MIN_STORIES, type Figure } from '@/lib/insights/compute-insights';
import { removePost, restorePost } from '@/lib/moderation/moderate-post';
import { deleteThread } from '@/lib/threads/delete-thread';
import { editStory } from '@/lib/threads/edit-story';
import { createMember, createTestStory, slugId, storyInput, taxonomyOf } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { logEntry } from '../conduct/fixtures';

let handle: TestDatabase;
let author: Member;
let moderator: Member;
let clockMs = Date.parse('2026-06-01T00:00:00Z');
const options = { ttlMs: 60_000, now: () => clockMs };

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  moderator = await createMember(handle.db, { role: 'moderator' });
  for (let i = 0; i < MIN_STORIES; i++) await createTestStory(handle.db, author, { lender: 'cmb' });
});
afterAll(() => handle.close());

const countOf = (figure: Figure<{ count: number }>) => (figure.suppressed ? null : figure.count);

/** Runs `read` and returns its result with the number of statements it sent. */
async function counted<T>(read: () => Promise<T>): Promise<[T, number]> {
  handle.queries.length = 0;
  const value = await read();
  return [value, handle.queries.length];
}

describe('insights figures', () => {
  it('serve a second read within the TTL without touching the database, and read again after it', async () => {
    const [first, queries] = await counted(() => cachedInsights(handle.db, {}, options));
    expect(queries).toBeGreaterThan(0);
    expect(countOf(first.total)).toBe(MIN_STORIES);
    const [second, again] = await counted(() => cachedInsights(handle.db, {}, options));
    expect(again).toBe(0);
    expect(second).toEqual(first);
    // Another filter is another entry.
    expect((await counted(() => cachedInsights(handle.db, { lenderId: 1 }, options)))[1]).toBeGreaterThan(0);
    clockMs += 60_001;
    expect((await counted(() => cachedInsights(handle.db, {}, options)))[1]).toBeGreaterThan(0);
  });

  it('show a new, edited, deleted, removed and restored story at the next read', async () => {
    const total = async () => countOf((await cachedInsights(handle.db, {}, options)).total);
    const t = await taxonomyOf(handle.db);
    const cmb = slugId(t.lenders, 'cmb');
    const cmbCount = async () => countOf((await cachedInsights(handle.db, {}, options)).byLender.find((l) => l.lender.id === cmb)!.figure);

    expect(await total()).toBe(MIN_STORIES);
    const story = await createTestStory(handle.db, author, { lender: 'cmb' });
    expect(await total()).toBe(MIN_STORIES + 1);
    expect(await cmbCount()).toBe(MIN_STORIES + 1);

    // Moved to another lender: one fewer for 招商银行.
    await editStory(handle.db, author, { threadId: story.id, ...(await storyInput(handle.db, { lender: 'icbc' })) });
    expect(await cmbCount()).toBe(MIN_STORIES);

    await removePost(handle.db, moderator, { target: 'thread', id: story.id, reason: '重复发帖' });
    expect(await total()).toBe(MIN_STORIES);
    await restorePost(handle.db, moderator, { target: 'thread', id: story.id, reason: '误删' });
    expect(await total()).toBe(MIN_STORIES + 1);

    await deleteThread(handle.db, author, { threadId: story.id });
    expect(await total()).toBe(MIN_STORIES);
  });

  it('in a stage guide come from the cache, and a new story at the stage shows at once', async () => {
    const t = await taxonomyOf(handle.db);
    const calls = slugId(t.stages, 'calls');
    await loadCachedStageGuide(handle.db, calls, options);
    const [, queries] = await counted(() => loadCachedStageGuide(handle.db, calls, options));
    // Only the live lists (helpful stories, expert answers) are read again.
    const [, uncached] = await counted(() => loadCachedStageGuide(handle.db, calls, { ttlMs: 0 }));
    expect(queries).toBeLessThan(uncached);
    expect(handle.queries.some((q) => q.sql.includes('percentile_cont'))).toBe(true);
    await counted(() => loadCachedStageGuide(handle.db, calls, options));
    expect(handle.queries.some((q) => q.sql.includes('percentile_cont'))).toBe(false);

    const reached = async () => {
      const guide = await loadCachedStageGuide(handle.db, calls, options);
      return guide.reached.suppressed ? null : guide.reached.count;
    };
    const before = await reached();
    expect(before).toBeGreaterThanOrEqual(MIN_STORIES);
    await createTestStory(handle.db, author, { stages: ['sms', 'calls'] });
    expect(await reached()).toBe(before! + 1);
  });
});

describe('conduct figures', () => {
  it('are cached, and a logged or deleted entry shows at the next read', async () => {
    const read = () => cachedConductInsights(handle.db, options);
    const rowsOf = async () => (await read()).rows.map((r) => r.lender.slug);
    expect(await rowsOf()).toEqual([]);
    expect((await counted(read))[1]).toBe(0);
    const member = await createMember(handle.db);
    const entry = await logEntry(handle.db, member, { lender: 'icbc' });
    expect(await rowsOf()).toEqual(['icbc']);
    expect((await counted(read))[1]).toBe(0);
    await deleteConductEntry(handle.db, member, { entryId: entry.id });
    expect(await rowsOf()).toEqual([]);
  });
});
