import { eq } from 'drizzle-orm';
import { users } from '../schema';
import type { Database } from '../types';
import type { Member } from '../../lib/auth/viewer';
import { registerUser } from '../../lib/accounts/register-user';
import { createReply } from '../../lib/replies/create-reply';
import { createStory } from '../../lib/threads/create-story';
import { loadTaxonomy } from '../../lib/taxonomy/queries';
import { expertApplications } from '../schema';
import { acceptAnswer } from '../../lib/experts/accept-answer';
import { createQuestion } from '../../lib/questions/create-question';
import { demoStories, demoUsers } from './demo-content';
import { demoCredentials, demoQuestions } from './demo-questions';
import { castDemoVotes, type DemoPost } from './demo-votes';
import type { DemoReply } from './demo-types';

/** Every demo account signs in with its handle and this password (README, "Demo accounts"). */
export const DEMO_PASSWORD = 'ashore-demo-2026';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Loads the hand-written demo content through the same services users go
 * through (validation, masking, pseudonyms, revisions), dated relative to now.
 */
export async function loadDemoContent(
  db: Database,
  now: Date = new Date(),
): Promise<{ stories: number; replies: number; questions: number }> {
  const taxonomy = await loadTaxonomy(db);
  const id = <T extends { slug: string; id: number }>(items: T[], slug: string) => {
    const item = items.find((i) => i.slug === slug);
    if (!item) throw new Error(`Demo content names unknown taxonomy slug "${slug}"`);
    return item.id;
  };

  const members = new Map<string, Member>();
  for (const user of demoUsers) {
    const member = await registerUser(
      db,
      // Demo accounts have no e-mail: they sign in by handle.
      { handle: user.handle, displayName: user.displayName, password: DEMO_PASSWORD },
      { clock: () => new Date(now.getTime() - 420 * DAY) },
    );
    await db.update(users).set({ role: user.role, bio: user.bio }).where(eq(users.id, member.id));
    members.set(user.handle, { ...member, role: user.role });
  }
  const member = (handle: string) => {
    const m = members.get(handle);
    if (!m) throw new Error(`Demo content names unknown user "${handle}"`);
    return m;
  };

  // Verified experts: credentials as a moderator would have approved them.
  const admin = member('admin');
  for (const credential of demoCredentials) {
    const expert = member(credential.handle);
    await db.insert(expertApplications).values({
      userId: expert.id,
      profession: credential.profession,
      yearsOfPractice: credential.yearsOfPractice,
      licenceNumber: credential.licenceNumber,
      requestedStageIds: credential.scope.map((s) => id(taxonomy.stages, s)),
      hasCommercialInterest: credential.hasCommercialInterest,
      interestStatement: credential.interestStatement,
      status: 'approved',
      decidedById: admin.id,
      decidedAt: new Date(now.getTime() - 400 * DAY),
      scopeStageIds: credential.scope.map((s) => id(taxonomy.stages, s)),
      expiresAt: new Date(now.getTime() + credential.expiresInDays * DAY),
      createdAt: new Date(now.getTime() - 405 * DAY),
    });
  }

  let replyCount = 0;
  const posts: { stories: DemoPost[]; questions: DemoPost[]; replies: DemoPost[] } = { stories: [], questions: [], replies: [] };
  // Oldest first, so ids and dates agree.
  const stories = [...demoStories].sort((a, b) => b.postedDaysAgo - a.postedDaysAgo);
  for (const story of stories) {
    const postedAt = new Date(now.getTime() - story.postedDaysAgo * DAY);
    const thread = await createStory(
      db,
      member(story.author),
      {
        title: story.title,
        body: story.body,
        stageIds: story.stages.map((s) => id(taxonomy.stages, s)),
        outcomeId: id(taxonomy.outcomes, story.outcome),
        lenderId: id(taxonomy.lenders, story.lender),
        lenderOther: story.lenderOther,
        amountBandId: id(taxonomy.amountBands, story.amountBand),
        monthsOverdue: story.monthsOverdue,
        anonymous: story.anonymous ?? false,
        timeline: (story.timeline ?? []).map((e) => ({
          date: e.date,
          stageId: e.stage ? id(taxonomy.stages, e.stage) : undefined,
          note: e.note,
        })),
      },
      () => postedAt,
    );
    // Only published posts can be voted on (a demo post the screen holds stays unvoted).
    if (thread.status === 'published') posts.stories.push({ id: thread.id, author: story.author });
    const addReplies = async (list: DemoReply[], parentId: number | undefined, minute: { n: number }) => {
      for (const reply of list) {
        minute.n += 7;
        // Never later than now, however the content is dated.
        const at = new Date(Math.min(postedAt.getTime() + reply.afterDays * DAY + minute.n * 60_000, now.getTime()));
        const created = await createReply(
          db,
          member(reply.author),
          { threadId: thread.id, parentId, body: reply.body, anonymous: reply.anonymous ?? false },
          () => at,
        );
        replyCount++;
        if (created.status === 'published') posts.replies.push({ id: created.id, author: reply.author });
        if (reply.replies?.length) await addReplies(reply.replies, created.id, minute);
      }
    };
    await addReplies(story.replies ?? [], undefined, { n: 0 });
  }

  const questions = [...demoQuestions].sort((a, b) => b.postedDaysAgo - a.postedDaysAgo);
  for (const question of questions) {
    const postedAt = new Date(now.getTime() - question.postedDaysAgo * DAY);
    const asker = member(question.author);
    const thread = await createQuestion(
      db,
      asker,
      {
        title: question.title,
        body: question.body,
        stageIds: question.stages.map((s) => id(taxonomy.stages, s)),
        anonymous: question.anonymous ?? false,
      },
      () => postedAt,
    );
    if (thread.status === 'published') posts.questions.push({ id: thread.id, author: question.author });
    let minute = 0;
    const addAnswers = async (list: DemoReply[], parentId: number | undefined) => {
      for (const answer of list) {
        minute += 11;
        const at = new Date(Math.min(postedAt.getTime() + answer.afterDays * DAY + minute * 60_000, now.getTime()));
        const created = await createReply(
          db,
          member(answer.author),
          { threadId: thread.id, parentId, body: answer.body, anonymous: answer.anonymous ?? false },
          () => at,
        );
        replyCount++;
        if (created.status === 'published') posts.replies.push({ id: created.id, author: answer.author });
        if ('accepted' in answer && answer.accepted) {
          await acceptAnswer(db, asker, { threadId: thread.id, replyId: created.id }, () => at);
        }
        if (answer.replies?.length) await addAnswers(answer.replies, created.id);
      }
    };
    await addAnswers(question.answers ?? [], undefined);
  }
  await castDemoVotes(db, [...members.values()], posts, now);
  return { stories: stories.length, replies: replyCount, questions: questions.length };
}
