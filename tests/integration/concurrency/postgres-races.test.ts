import { randomBytes } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createPostgresDatabase, type DatabaseHandle } from '@/db/connect';
import { expertApplications, moderationLog, notifications, questionInvitations, threadPseudonyms, threads, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { applyAsExpert } from '@/lib/experts/apply-as-expert';
import { decideApplication } from '@/lib/experts/decide-application';
import { inviteExperts } from '@/lib/experts/invite-experts';
import { removePost } from '@/lib/moderation/moderate-post';
import { reportPost } from '@/lib/moderation/report-post';
import { createQuestion } from '@/lib/questions/create-question';
import { createRateLimitRedis } from '@/lib/rate-limit/create-rate-limit-redis';
import { createRateLimiter, type RateLimiter } from '@/lib/rate-limit/create-rate-limiter';
import { consumeThenRefundOnFailure } from '@/lib/rate-limit/errors';
import { createReply } from '@/lib/replies/create-reply';
import { defaultSettings } from '@/lib/settings';
import { createStory } from '@/lib/threads/create-story';
import { createMember, createTestReply, createTestStory, storyInput, taxonomyOf } from '../../support/factories';
import { adminUrl, databaseUrl } from '../../support/postgres-urls';
import { testDatabaseKind } from '../../support/test-database';

// Races that only a server with many connections has: on PostgreSQL's READ
// COMMITTED, each of these used to pass a check that another transaction was
// about to invalidate. Every racer here has its own postgres client (its own
// connection), so the transactions really overlap. PGlite has one connection
// and serializes everything, so this suite runs on PostgreSQL only.
const onPostgres = testDatabaseKind === 'postgres';
const RACERS = 4;
const ROUNDS = 5;

let admin: ReturnType<typeof postgres>;
let name: string;
let racers: DatabaseHandle[] = [];
let db: Database;

beforeAll(async () => {
  if (!onPostgres) return;
  const base = process.env.DATABASE_URL!;
  name = `ashore_race_${randomBytes(5).toString('hex')}`;
  admin = postgres(adminUrl(base), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${inject('postgresTemplate')}`);
  racers = Array.from({ length: RACERS }, () => createPostgresDatabase(databaseUrl(base, name), { max: 1 }));
  db = racers[0]!.db;
});
afterAll(async () => {
  if (!onPostgres) return;
  await Promise.all(racers.map((r) => r.close()));
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
});

/** Runs one call per racer at the same moment, each on its own connection. */
async function race<T>(call: (db: Database, index: number) => Promise<T>): Promise<Array<'ok' | string>> {
  const settled = await Promise.allSettled(racers.map((r, index) => call(r.db, index)));
  return settled.map((s) => (s.status === 'fulfilled' ? 'ok' : s.reason instanceof AppError ? s.reason.code : String(s.reason)));
}

const tally = (codes: string[]) => codes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {});

async function established(): Promise<Member> {
  const member = await createMember(db);
  await db.update(users).set({ createdAt: new Date(Date.now() - 30 * 86_400_000) }).where(eq(users.id, member.id));
  const story = await createTestStory(db, member);
  await createTestReply(db, member, { threadId: story.id });
  return member;
}

describe.skipIf(!onPostgres)('PostgreSQL races (READ COMMITTED, one connection per racer)', () => {
  it('parallel invitations never exceed three per question, and nobody is invited twice', async () => {
    const t = await taxonomyOf(db);
    const lawsuit = t.stages.find((s) => s.slug === 'lawsuit')!.id;
    const moderator = await createMember(db, { role: 'moderator' });
    const experts: Member[] = [];
    for (let i = 0; i < RACERS * 2; i++) {
      const expert = await createMember(db);
      const { id } = await applyAsExpert(db, expert, {
        profession: 'lawyer',
        yearsOfPractice: 5,
        licenceNumber: `RACE-${i}`,
        stageIds: [lawsuit],
        hasCommercialInterest: false,
        interestStatement: '无',
      });
      await decideApplication(db, moderator, { applicationId: id, decision: 'approve', scopeStageIds: [], expiresOn: '', reason: '' });
      experts.push(expert);
    }
    const asker = await createMember(db);
    for (let round = 0; round < ROUNDS; round++) {
      const question = await createQuestion(db, asker, { title: `收到传票怎么办 第${round}轮`, body: '下周开庭，第一次遇到。', stageIds: [lawsuit] });
      // Each racer alone stays within three; together they would invite eight.
      const codes = await race((racerDb, i) => inviteExperts(racerDb, asker, { threadId: question.id, expertIds: [experts[2 * i]!.id, experts[2 * i + 1]!.id] }));
      const rows = await db.select().from(questionInvitations).where(eq(questionInvitations.threadId, question.id));
      expect(rows.length).toBeLessThanOrEqual(3);
      expect(new Set(rows.map((r) => r.expertId)).size).toBe(rows.length);
      expect(tally(codes)).toEqual({ ok: 1, invalid_input: RACERS - 1 });
      const [notified] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.threadId, question.id), eq(notifications.type, 'invitation')));
      expect(notified!.n).toBe(rows.length);
    }
  });

  it('an application decided by several moderators at once is decided once: one log entry, one notification', async () => {
    const moderators = await Promise.all(racers.map(() => createMember(db, { role: 'moderator' })));
    const t = await taxonomyOf(db);
    for (let round = 0; round < ROUNDS; round++) {
      const applicant = await createMember(db);
      const { id } = await applyAsExpert(db, applicant, {
        profession: 'lawyer',
        yearsOfPractice: 3,
        licenceNumber: `DOUBLE-${round}`,
        stageIds: [t.stages[0]!.id],
        hasCommercialInterest: false,
        interestStatement: '无',
      });
      const codes = await race((racerDb, i) =>
        decideApplication(racerDb, moderators[i]!, { applicationId: id, decision: i % 2 ? 'reject' : 'approve', scopeStageIds: [], expiresOn: '', reason: '资料不全' }),
      );
      expect(tally(codes)).toEqual({ ok: 1, conflict: RACERS - 1 });
      const log = await db.select().from(moderationLog).where(eq(moderationLog.applicationId, id));
      expect(log).toHaveLength(1);
      const [decided] = await db.select().from(expertApplications).where(eq(expertApplications.id, id));
      expect(decided!.decidedById).toBe(log[0]!.actorId);
      const [told] = await db.select({ n: count() }).from(notifications).where(eq(notifications.userId, applicant.id));
      expect(told!.n).toBe(1);
    }
  });

  it('a post removed by several moderators at once is removed once, with one log entry', async () => {
    const moderators = await Promise.all(racers.map(() => createMember(db, { role: 'moderator' })));
    const author = await createMember(db);
    for (let round = 0; round < ROUNDS; round++) {
      const story = await createTestStory(db, author);
      const codes = await race((racerDb, i) => removePost(racerDb, moderators[i]!, { target: 'thread', id: story.id, reason: `违规 ${i}` }));
      expect(tally(codes)).toEqual({ ok: 1, conflict: RACERS - 1 });
      const log = await db.select().from(moderationLog).where(eq(moderationLog.threadId, story.id));
      expect(log).toHaveLength(1);
      const [row] = await db.select().from(threads).where(eq(threads.id, story.id));
      expect(row!.removedById).toBe(log[0]!.actorId);
      expect(row!.removalReason).toBe(log[0]!.reason);
    }
  });

  it('parallel stories against a posting limit: exactly the budget gets through, refused ones cost nothing', async () => {
    const redisUrl = process.env.REDIS_URL;
    const limiter: RateLimiter = createRateLimiter({ redis: redisUrl ? createRateLimitRedis(redisUrl) : null, prefix: `race:${randomBytes(4).toString('hex')}` });
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const member = await createMember(db);
        const input = await storyInput(db);
        // postStoryNewUser allows two a day; four arrive at once.
        const codes = await race((racerDb) => consumeThenRefundOnFailure(limiter, 'postStoryNewUser', String(member.id), () => createStory(racerDb, member, input)));
        expect(tally(codes)).toEqual({ ok: 2, rate_limited: RACERS - 2 });
        const [stories] = await db.select({ n: count() }).from(threads).where(eq(threads.authorId, member.id));
        expect(stories!.n).toBe(2);
      }
    } finally {
      await limiter.close();
    }
  });

  it('one pending expert application per member, however many arrive at once', async () => {
    const t = await taxonomyOf(db);
    for (let round = 0; round < ROUNDS; round++) {
      const member = await createMember(db);
      const codes = await race((racerDb, i) =>
        applyAsExpert(racerDb, member, {
          profession: 'lawyer',
          yearsOfPractice: 2,
          licenceNumber: `PAR-${round}-${i}`,
          stageIds: [t.stages[0]!.id],
          hasCommercialInterest: false,
          interestStatement: '无',
        }),
      );
      expect(tally(codes)).toEqual({ ok: 1, conflict: RACERS - 1 });
      const [pending] = await db.select({ n: count() }).from(expertApplications).where(eq(expertApplications.userId, member.id));
      expect(pending!.n).toBe(1);
    }
  });

  it('pseudonym collisions forced by a seeded generator: every anonymous replier gets a label, all distinct, never an error', async () => {
    const author = await createMember(db);
    for (let round = 0; round < ROUNDS; round++) {
      const story = await createTestStory(db, author, { anonymous: true });
      const repliers = await Promise.all(racers.map(() => createMember(db)));
      // Every racer's generator starts with the same two labels, so their
      // first draws collide with each other; then each gets its own sequence.
      const seeded = (i: number) => {
        const draws = ['AAAA', 'BBBB', `C${i}${round}Q`, `D${i}${round}Q`];
        return () => draws.shift() ?? `E${i}${round}${randomBytes(1).toString('hex').toUpperCase()}`;
      };
      const codes = await race((racerDb, i) =>
        createReply(racerDb, repliers[i]!, { threadId: story.id, body: '匿名说一句，同样的遭遇。', anonymous: true }, undefined, defaultSettings, seeded(i)),
      );
      expect(codes).toEqual(Array(RACERS).fill('ok'));
      const labels = await db.select().from(threadPseudonyms).where(eq(threadPseudonyms.threadId, story.id));
      expect(labels).toHaveLength(RACERS + 1);
      expect(new Set(labels.map((l) => l.label)).size).toBe(RACERS + 1);
    }
  });

  it('one author replying anonymously from several tabs at once keeps one label', async () => {
    const author = await createMember(db);
    const replier = await createMember(db);
    const story = await createTestStory(db, author, { anonymous: true });
    const codes = await race((racerDb) => createReply(racerDb, replier, { threadId: story.id, body: '我在好几个窗口里回复。', anonymous: true }));
    expect(codes).toEqual(Array(RACERS).fill('ok'));
    const labels = await db.select().from(threadPseudonyms).where(and(eq(threadPseudonyms.threadId, story.id), eq(threadPseudonyms.userId, replier.id)));
    expect(labels).toHaveLength(1);
  });

  it('reports arriving together from established members hide the post exactly when the threshold is met', async () => {
    const author = await createMember(db);
    const reporters = await Promise.all(racers.slice(0, 3).map(() => established()));
    for (let round = 0; round < 3; round++) {
      const story = await createTestStory(db, author);
      const outcomes = await Promise.all(
        reporters.map((reporter, i) => reportPost(racers[i]!.db, reporter, { target: 'thread', id: story.id, reason: 'spam', note: '' }, undefined, defaultSettings)),
      );
      expect(outcomes.filter((o) => o.hidden)).toHaveLength(1);
      const [row] = await db.select().from(threads).where(eq(threads.id, story.id));
      expect(row!.status).toBe('pending');
    }
  });
});
