import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '@/lib/auth/viewer';
import { parseStoryParams } from '@/lib/threads/list-params';
import { InvalidCursorError, listStories, type StorySort } from '@/lib/threads/list-stories';
import { toggleVote } from '@/lib/votes/toggle-vote';
import { encodeCursor } from '@/lib/pagination/cursor';
import { createMember, createTestReply, createTestStory, slugId, steppingClock, taxonomyOf } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let author: Member;
let voters: Member[];
const ids: Record<string, number> = {};

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  voters = await Promise.all([1, 2, 3].map(() => createMember(handle.db)));
  const clock = steppingClock();
  const make = async (key: string, stages: string[], outcome: string, lender: string) => {
    ids[key] = (await createTestStory(handle.db, author, { stages, outcome, lender, title: key }, clock)).id;
  };
  await make('lawsuit-sued-cmb', ['calls', 'lawsuit'], 'sued', 'cmb');
  await make('lawsuit-installments-cmb', ['calls', 'lawsuit', 'negotiation', 'settled'], 'installments', 'cmb');
  await make('lawsuit-installments-huabei', ['lawsuit', 'negotiation', 'settled'], 'installments', 'huabei');
  await make('visit-ongoing-cmb', ['calls', 'home-visit'], 'ongoing', 'cmb');
  for (let i = 0; i < 7; i++) await make(`filler-${i}`, ['sms'], 'ongoing', 'icbc');
  // Votes and a late reply reorder "helpful" and "active".
  for (const voter of voters) await toggleVote(handle.db, voter, { target: 'thread', id: ids['visit-ongoing-cmb']!, kind: 'helpful' });
  await toggleVote(handle.db, voters[0]!, { target: 'thread', id: ids['lawsuit-sued-cmb']!, kind: 'helpful' });
  await createTestReply(handle.db, voters[0]!, { threadId: ids['lawsuit-sued-cmb']! }, clock);
});
afterAll(() => handle.close());

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('listStories', () => {
  it('combines stage, outcome and lender filters', async () => {
    const t = await taxonomyOf(handle.db);
    const page = await listStories(handle.db, {
      sort: 'newest',
      stageId: slugId(t.stages, 'lawsuit'),
      outcomeId: slugId(t.outcomes, 'installments'),
    });
    expect(titles(page.items)).toEqual(['lawsuit-installments-huabei', 'lawsuit-installments-cmb']);
    const withLender = await listStories(handle.db, {
      sort: 'newest',
      stageId: slugId(t.stages, 'lawsuit'),
      outcomeId: slugId(t.outcomes, 'installments'),
      lenderId: slugId(t.lenders, 'cmb'),
    });
    expect(titles(withLender.items)).toEqual(['lawsuit-installments-cmb']);
  });

  it('lists only settled stories in the settled view', async () => {
    const page = await listStories(handle.db, { sort: 'newest', settledOnly: true });
    expect(titles(page.items)).toEqual(['lawsuit-installments-huabei', 'lawsuit-installments-cmb']);
  });

  it('sorts by helpful votes and by recent activity', async () => {
    const helpful = await listStories(handle.db, { sort: 'helpful', limit: 2 });
    expect(titles(helpful.items)).toEqual(['visit-ongoing-cmb', 'lawsuit-sued-cmb']);
    const active = await listStories(handle.db, { sort: 'active', limit: 1 });
    expect(titles(active.items)).toEqual(['lawsuit-sued-cmb']);
  });

  it.each<StorySort>(['newest', 'active', 'helpful'])('walks every story exactly once by keyset pages (%s)', async (sort) => {
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listStories(handle.db, { sort, limit: 3, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
  });

  it('refuses garbage and forged cursors instead of failing', async () => {
    for (const cursor of ['garbage', '%%%', encodeCursor("'; drop table threads; --", 1), 'W10', encodeCursor(12, 1)]) {
      await expect(listStories(handle.db, { sort: 'newest', cursor })).rejects.toBeInstanceOf(InvalidCursorError);
    }
    await expect(listStories(handle.db, { sort: 'helpful', cursor: encodeCursor('now()', 3) })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });

  it('treats SQL in a filter parameter as an unknown filter that never reaches a query', async () => {
    const taxonomy = await taxonomyOf(handle.db);
    const parsed = parseStoryParams({ stage: "lawsuit' OR 1=1 --", outcome: 'sued', sort: 'DROP' }, taxonomy);
    expect(parsed.query.stageId).toBeUndefined();
    expect(parsed.query.sort).toBe('newest');
    expect(parsed.unknown).toEqual(["lawsuit' OR 1=1 --", 'DROP']);
    const page = await listStories(handle.db, parsed.query);
    expect(titles(page.items)).toEqual(['lawsuit-sued-cmb']);
  });
});
