import type { Database } from '@/db/types';
import type { Member } from '@/lib/auth/viewer';
import { createReply } from '@/lib/replies/create-reply';
import { createStory } from '@/lib/threads/create-story';
import { toggleVote } from '@/lib/votes/toggle-vote';
import { createMember, storyInput } from '../../support/factories';
import { corpus } from './corpus';

const DAY = 86_400_000;

/** "Now" for searches over the corpus; every post is dated before it. */
export const CORPUS_NOW = new Date('2026-06-01T12:00:00Z');

export interface LoadedCorpus {
  /** Corpus key of a result, by kind and id. */
  keyOf(result: { kind: string; id: number }): string;
  idOf(key: string): number;
  /** Members who wrote posts under their name. */
  namedAuthors: Member[];
  /** Wrote only anonymous posts: their handle must never show up in results. */
  anonymousAuthor: Member;
}

/**
 * Loads the corpus through the services (validation, masking, pseudonyms,
 * search_text filled as in production). Dates are spread over a year in an
 * order unrelated to topics, so recency cannot stand in for relevance.
 */
export async function loadCorpus(db: Database): Promise<LoadedCorpus> {
  const namedAuthors = await Promise.all([0, 1, 2, 3].map(() => createMember(db)));
  const anonymousAuthor = await createMember(db);
  const voters = await Promise.all([0, 1, 2, 3, 4].map(() => createMember(db)));
  const keys = new Map<string, string>();
  const ids = new Map<string, number>();

  const vote = async (target: 'thread' | 'reply', id: number, count = 0) => {
    for (const voter of voters.slice(0, count)) await toggleVote(db, voter, { target, id, kind: 'helpful' });
  };

  for (const [index, story] of corpus.entries()) {
    const postedAt = new Date(CORPUS_NOW.getTime() - (((index * 37) % 360) + 2) * DAY);
    const author = story.anonymous ? anonymousAuthor : namedAuthors[index % namedAuthors.length]!;
    const thread = await createStory(
      db,
      author,
      await storyInput(db, {
        title: story.title,
        body: story.body,
        stages: story.stages,
        outcome: story.outcome,
        lender: story.lender,
        lenderOther: story.lenderOther,
        anonymous: story.anonymous ?? false,
      }),
      () => postedAt,
    );
    if (thread.status !== 'published') throw new Error(`corpus story ${story.key} was held: ${thread.status}`);
    keys.set(`thread:${thread.id}`, story.key);
    ids.set(story.key, thread.id);
    await vote('thread', thread.id, story.helpful);

    for (const [n, reply] of (story.replies ?? []).entries()) {
      const replier = reply.anonymous ? anonymousAuthor : namedAuthors[(index + n + 1) % namedAuthors.length]!;
      const created = await createReply(
        db,
        replier,
        { threadId: thread.id, body: reply.body, anonymous: reply.anonymous ?? false },
        () => new Date(postedAt.getTime() + (n + 1) * DAY),
      );
      if (created.status !== 'published') throw new Error(`corpus reply ${reply.key} was held: ${created.status}`);
      keys.set(`reply:${created.id}`, reply.key);
      ids.set(reply.key, created.id);
      await vote('reply', created.id, reply.helpful);
    }
  }

  return {
    keyOf: (result) => keys.get(`${result.kind === 'reply' ? 'reply' : 'thread'}:${result.id}`) ?? `?${result.kind}:${result.id}`,
    idOf: (key) => {
      const id = ids.get(key);
      if (id === undefined) throw new Error(`no corpus post ${key}`);
      return id;
    },
    namedAuthors,
    anonymousAuthor,
  };
}
