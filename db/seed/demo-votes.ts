import type { Database } from '../types';
import type { Member } from '../../lib/auth/viewer';
import { bookmarkThread } from '../../lib/notifications/bookmarks';
import { toggleVote } from '../../lib/votes/toggle-vote';

// Votes and bookmarks from the demo members, so the cards do not all say
// "0 helpful · 0 been there too" and "most helpful" has something to sort.
// The spread is what a small forum shows: a few stories many found helpful,
// a long tail with one or two votes, some with none. It is drawn from a fixed
// seed, so every fresh demo database looks the same. Votes go through the
// voting service, so each counter equals its vote rows.

export interface DemoPost {
  id: number;
  /** The author's handle: nobody votes for themselves. */
  author: string;
}

/** A small deterministic generator (mulberry32). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Helpful votes for the post at popularity rank `rank` (1 = most popular):
 * roughly `top / rank^0.8`, with a little noise, at most `voters`.
 */
function helpfulAt(rank: number, top: number, voters: number, random: () => number): number {
  const base = top / rank ** 0.8;
  const noisy = Math.floor(base + (random() - 0.4));
  return Math.max(0, Math.min(noisy, voters));
}

export async function castDemoVotes(
  db: Database,
  members: Member[],
  posts: { stories: DemoPost[]; questions: DemoPost[]; replies: DemoPost[] },
  now: Date,
): Promise<{ threadVotes: number; replyVotes: number; bookmarks: number }> {
  const random = generator(20_261_101);
  const handleOf = new Map(members.map((m) => [m.id, m.handle]));
  const votersFor = (post: DemoPost) => shuffled(members.filter((m) => handleOf.get(m.id) !== post.author), random);
  let threadVotes = 0;
  let replyVotes = 0;

  // Stories and questions: popularity is a shuffled rank, votes fall off with it.
  const threadPopularity: { post: DemoPost; helpful: number }[] = [];
  for (const [list, top] of [
    [posts.stories, 14],
    [posts.questions, 7],
  ] as const) {
    for (const [i, post] of shuffled(list, random).entries()) {
      const voters = votersFor(post);
      const helpful = helpfulAt(i + 1, top, voters.length, random);
      // "我也经历过" follows helpfulness loosely: some stories are read more than they are shared.
      const meToo = Math.min(voters.length, Math.round(helpful * (0.4 + random() * 0.9)) + (random() < 0.25 ? 1 : 0));
      for (const voter of voters.slice(0, helpful)) await toggleVote(db, voter, { target: 'thread', id: post.id, kind: 'helpful' });
      // Partly other people than the helpful voters.
      for (const voter of voters.slice(Math.floor(helpful / 3), Math.floor(helpful / 3) + meToo)) {
        await toggleVote(db, voter, { target: 'thread', id: post.id, kind: 'me_too' });
      }
      threadVotes += helpful + meToo;
      threadPopularity.push({ post, helpful });
    }
  }

  // Replies: most get nothing; about a third get one to a few helpful votes.
  for (const post of posts.replies) {
    if (random() > 0.35) continue;
    const voters = votersFor(post);
    const helpful = Math.min(voters.length, 1 + Math.floor(random() ** 2 * 5));
    for (const voter of voters.slice(0, helpful)) await toggleVote(db, voter, { target: 'reply', id: post.id, kind: 'helpful' });
    replyVotes += helpful;
  }

  // Bookmarks: each member keeps a few threads, the popular ones more often.
  const weighted = threadPopularity.flatMap(({ post, helpful }) => Array.from({ length: helpful + 1 }, () => post));
  let bookmarks = 0;
  for (const member of members) {
    const wanted = Math.floor(random() * 5);
    const picked = new Set<number>();
    for (let tries = 0; picked.size < wanted && tries < 50; tries++) {
      const post = weighted[Math.floor(random() * weighted.length)]!;
      if (post.author === member.handle || picked.has(post.id)) continue;
      picked.add(post.id);
      await bookmarkThread(db, member, { threadId: post.id }, () => new Date(now.getTime() - Math.floor(random() * 30) * 86_400_000));
    }
    bookmarks += picked.size;
  }
  return { threadVotes, replyVotes, bookmarks };
}
