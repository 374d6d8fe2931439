import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expertApplications, moderationLog, questionInvitations, replies, threads, users } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { acceptAnswer } from '@/lib/experts/accept-answer';
import { applyAsExpert } from '@/lib/experts/apply-as-expert';
import { decideApplication } from '@/lib/experts/decide-application';
import { inviteExperts } from '@/lib/experts/invite-experts';
import { listExpertQueue, listExperts, maskLicence } from '@/lib/experts/queries';
import { revokeCredential } from '@/lib/experts/revoke-credential';
import { createQuestion } from '@/lib/questions/create-question';
import { getThreadPage } from '@/lib/threads/get-thread-page';
import { listStories } from '@/lib/threads/list-stories';
import { createMember, createTestReply, taxonomyOf } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let asker: Member;
let moderator: Member;
let other: Member;
let stageIds: Record<string, number>;

const DAY = 86_400_000;
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

beforeAll(async () => {
  handle = await createTestDatabase();
  asker = await createMember(handle.db);
  moderator = await createMember(handle.db, { role: 'moderator' });
  other = await createMember(handle.db);
  const t = await taxonomyOf(handle.db);
  stageIds = Object.fromEntries(t.stages.map((s) => [s.slug, s.id]));
});
afterAll(() => handle.close());

async function snapshot() {
  const db = handle.db;
  return {
    applications: await db.select().from(expertApplications).orderBy(expertApplications.id),
    threads: await db.select().from(threads).orderBy(threads.id),
    replies: await db.select().from(replies).orderBy(replies.id),
    invitations: await db.select().from(questionInvitations),
    roles: await db.select({ id: users.id, role: users.role }).from(users).orderBy(users.id),
    log: (await db.select({ n: count() }).from(moderationLog))[0]!.n,
  };
}

const application = (overrides: Record<string, unknown> = {}) => ({
  profession: 'lawyer',
  yearsOfPractice: 8,
  licenceNumber: 'TEST-LAW-2018-0001',
  stageIds: [stageIds.lawsuit, stageIds.negotiation],
  hasCommercialInterest: false,
  interestStatement: '无商业利益关联',
  ...overrides,
});

/** A member with an approved badge for `stages`, expiring in `days`. */
async function makeExpert(stages: string[], days = 365, extra: Record<string, unknown> = {}) {
  const expert = await createMember(handle.db);
  const { id } = await applyAsExpert(handle.db, expert, application({ stageIds: stages.map((s) => stageIds[s]), ...extra }));
  const expiresOn = new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  await decideApplication(handle.db, moderator, { applicationId: id, decision: 'approve', scopeStageIds: [], expiresOn, reason: '' });
  return { expert, applicationId: id };
}

async function ask(stages = ['lawsuit']) {
  return createQuestion(handle.db, asker, { title: '收到法院传票，下一步怎么办？', body: '下周开庭，第一次遇到，很慌。', stageIds: stages.map((s) => stageIds[s]) });
}

describe('expert applications', () => {
  it('refuses bad input with every field named: unknown profession, 200-character licence, no statement', async () => {
    const error = await applyAsExpert(handle.db, other, application({ profession: 'wizard', licenceNumber: 'L'.repeat(200), interestStatement: '' })).catch(
      (e: AppError) => e,
    );
    expect((error as AppError).code).toBe('invalid_input');
    expect(Object.keys((error as AppError).fieldErrors!).sort()).toEqual(['interestStatement', 'licenceNumber', 'profession']);
  });

  it('approves with a scope and a default expiry of twelve months, logged, and the badge expires by itself', async () => {
    const applicant = await createMember(handle.db);
    const { id } = await applyAsExpert(handle.db, applicant, application());
    const decided = await decideApplication(handle.db, moderator, { applicationId: id, decision: 'approve', scopeStageIds: [stageIds.lawsuit], reason: '执业证已核实' });
    expect(decided.status).toBe('approved');
    const months = (decided.expiresAt!.getTime() - Date.now()) / (30 * DAY);
    expect(months).toBeGreaterThan(11.5);
    expect(months).toBeLessThan(12.5);
    const [log] = (await handle.db.select().from(moderationLog).where(eq(moderationLog.applicationId, id)));
    expect(log).toMatchObject({ action: 'approve_expert', actorId: moderator.id, reason: '执业证已核实' });
    expect((await listExperts(handle.db, {}, new Date())).map((e) => e.userId)).toContain(applicant.id);
    // A year later the directory no longer lists the badge.
    expect((await listExperts(handle.db, {}, new Date(Date.now() + 400 * DAY))).map((e) => e.userId)).not.toContain(applicant.id);
  });

  it('refuses an expiry in the past and a moderator approving their own application; rows unchanged', async () => {
    const applicant = await createMember(handle.db);
    const { id } = await applyAsExpert(handle.db, applicant, application());
    const before = await snapshot();
    const past = await decideApplication(handle.db, moderator, { applicationId: id, decision: 'approve', expiresOn: '2020-01-01', reason: '' }).catch((e: AppError) => e);
    expect((past as AppError).fieldErrors).toEqual({ expiresOn: ['date_in_past'] });
    const ownApp = await applyAsExpert(handle.db, moderator, application());
    const beforeOwn = await snapshot();
    expect(await codeOf(decideApplication(handle.db, moderator, { applicationId: ownApp.id, decision: 'approve', reason: '' }))).toBe('forbidden');
    expect(await snapshot()).toEqual(beforeOwn);
    expect(before.applications.find((a) => a.id === id)?.status).toBe('pending');
  });

  it('refuses decisions by members and visitors, rows unchanged', async () => {
    const applicant = await createMember(handle.db);
    const { id } = await applyAsExpert(handle.db, applicant, application());
    const before = await snapshot();
    expect(await codeOf(decideApplication(handle.db, other, { applicationId: id, decision: 'approve', reason: '' }))).toBe('forbidden');
    expect(await codeOf(decideApplication(handle.db, null, { applicationId: id, decision: 'approve', reason: '' }))).toBe('unauthenticated');
    expect(await snapshot()).toEqual(before);
  });

  it('masks licence numbers for the public', () => {
    expect(maskLicence('TEST-LAW-2018-0001')).toBe('TES************001');
    expect(maskLicence('1234')).toBe('****');
  });
});

describe('expert answers', () => {
  it('gives a current expert’s top-level answer a badge, shown first, with the declared interest', async () => {
    const { expert } = await makeExpert(['lawsuit'], 365, { hasCommercialInterest: true, interestStatement: '我在一家收费的债务调解机构工作' });
    const question = await ask();
    await createTestReply(handle.db, other, { threadId: question.id, body: '我也遇到过，先别慌。' });
    const answer = await createTestReply(handle.db, expert, { threadId: question.id, body: '一般来说，先看传票上的案由和开庭时间。' });
    const page = await getThreadPage(handle.db, null, question.id);
    expect(page.replies[0]!.id).toBe(answer.id);
    expect(page.replies[0]!.expertBadge).toMatchObject({ profession: 'lawyer', current: true, interest: '我在一家收费的债务调解机构工作' });
    expect(page.replies[1]!.expertBadge).toBeNull();
    const listed = await listStories(handle.db, { kind: 'question', sort: 'newest', questionState: 'answered' });
    expect(listed.items.map((q) => q.id)).toContain(question.id);
  });

  it('ignores a forged expert flag: a member’s reply has no badge whatever the form says', async () => {
    const question = await ask();
    const forged = { threadId: question.id, body: '我是律师（其实不是）', expertCredentialId: 1, isExpert: true, expert: 'on' } as Record<string, unknown>;
    const reply = await createTestReply(handle.db, other, forged as never);
    const [row] = await handle.db.select().from(replies).where(eq(replies.id, reply.id));
    expect(row!.expertCredentialId).toBeNull();
    expect((await getThreadPage(handle.db, null, question.id)).replies[0]!.expertBadge).toBeNull();
  });

  it('gives no badge after expiry, and keeps the old badge marked as no longer current', async () => {
    const { expert } = await makeExpert(['lawsuit'], 10);
    const question = await ask();
    const early = await createTestReply(handle.db, expert, { threadId: question.id, body: '第一次回答' });
    const later = () => new Date(Date.now() + 30 * DAY);
    const late = await createTestReply(handle.db, expert, { threadId: question.id, body: '过期后的回答' }, later);
    const page = await getThreadPage(handle.db, null, question.id, { now: later() });
    const byId = new Map(page.replies.map((r) => [r.id, r]));
    expect(byId.get(early.id)!.expertBadge).toMatchObject({ current: false });
    expect(byId.get(late.id)!.expertBadge).toBeNull();
  });

  it('a revoked badge stops new expert answers at once', async () => {
    const { expert, applicationId } = await makeExpert(['lawsuit']);
    await revokeCredential(handle.db, moderator, { applicationId, reason: '未申报的利益冲突' });
    const question = await ask();
    const reply = await createTestReply(handle.db, expert, { threadId: question.id, body: '撤销后的回答' });
    const [row] = await handle.db.select().from(replies).where(eq(replies.id, reply.id));
    expect(row!.expertCredentialId).toBeNull();
  });
});

describe('accepting an answer', () => {
  it('lets only the asker accept, moves the accepted answer first, and allows changing it', async () => {
    const { expert } = await makeExpert(['lawsuit']);
    const question = await ask();
    const first = await createTestReply(handle.db, other, { threadId: question.id, body: '普通回答' });
    const second = await createTestReply(handle.db, expert, { threadId: question.id, body: '专家回答' });

    const before = await snapshot();
    for (const viewer of [null, other, expert, moderator]) {
      expect(['unauthenticated', 'forbidden']).toContain(await codeOf(acceptAnswer(handle.db, viewer, { threadId: question.id, replyId: first.id })));
    }
    expect(await snapshot()).toEqual(before);

    await acceptAnswer(handle.db, asker, { threadId: question.id, replyId: first.id });
    let page = await getThreadPage(handle.db, asker, question.id);
    expect(page.replies[0]!.id).toBe(first.id);
    expect(page.replies[0]!.isAccepted).toBe(true);
    expect(page.thread.hasAcceptedAnswer).toBe(true);

    await acceptAnswer(handle.db, asker, { threadId: question.id, replyId: second.id });
    page = await getThreadPage(handle.db, asker, question.id);
    expect(page.replies.map((r) => [r.id, r.isAccepted])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    const solved = await listStories(handle.db, { kind: 'question', sort: 'newest', questionState: 'accepted' });
    expect(solved.items.map((q) => q.id)).toContain(question.id);
  });

  it('refuses a nested reply, the asker’s own reply and a reply from another thread', async () => {
    const question = await ask();
    const otherQuestion = await ask();
    const top = await createTestReply(handle.db, other, { threadId: question.id });
    const nested = await createTestReply(handle.db, other, { threadId: question.id, parentId: top.id });
    const own = await createTestReply(handle.db, asker, { threadId: question.id });
    const foreign = await createTestReply(handle.db, other, { threadId: otherQuestion.id });
    const before = await snapshot();
    expect(await codeOf(acceptAnswer(handle.db, asker, { threadId: question.id, replyId: nested.id }))).toBe('forbidden');
    expect(await codeOf(acceptAnswer(handle.db, asker, { threadId: question.id, replyId: own.id }))).toBe('forbidden');
    expect(await codeOf(acceptAnswer(handle.db, asker, { threadId: question.id, replyId: foreign.id }))).toBe('invalid_input');
    expect(await snapshot()).toEqual(before);
  });
});

describe('routing to experts', () => {
  it('invites only current experts of the question’s stages, at most three', async () => {
    const experts = await Promise.all([1, 2, 3, 4].map(() => makeExpert(['lawsuit'])));
    const offScope = await makeExpert(['sms']);
    const expired = await makeExpert(['lawsuit'], 365);
    await handle.db.update(expertApplications).set({ expiresAt: new Date(Date.now() - DAY) }).where(eq(expertApplications.id, expired.applicationId));
    const question = await ask();

    const before = await snapshot();
    for (const bad of [[offScope.expert.id], [expired.expert.id], [other.id]]) {
      const error = await inviteExperts(handle.db, asker, { threadId: question.id, expertIds: bad }).catch((e: AppError) => e);
      expect((error as AppError).fieldErrors).toEqual({ expertIds: ['not_an_expert_for_stage'] });
    }
    expect(await codeOf(inviteExperts(handle.db, other, { threadId: question.id, expertIds: [experts[0]!.expert.id] }))).toBe('forbidden');
    expect(await snapshot()).toEqual(before);

    await inviteExperts(handle.db, asker, { threadId: question.id, expertIds: experts.slice(0, 3).map((e) => e.expert.id) });
    const fourth = await inviteExperts(handle.db, asker, { threadId: question.id, expertIds: [experts[3]!.expert.id] }).catch((e: AppError) => e);
    expect((fourth as AppError).fieldErrors).toEqual({ expertIds: ['too_many:3'] });
    const rows = await handle.db.select().from(questionInvitations).where(eq(questionInvitations.threadId, question.id));
    expect(rows).toHaveLength(3);

    const queue = await listExpertQueue(handle.db, experts[0]!.expert, new Date());
    expect(queue.find((q) => q.id === question.id)?.invited).toBe(true);
  });

  it('lists unanswered questions in the expert’s scope, oldest first, and drops them once an expert answered', async () => {
    const { expert } = await makeExpert(['home-visit']);
    const q1 = await ask(['home-visit']);
    const q2 = await ask(['home-visit']);
    const outside = await ask(['sms']);
    let queue = await listExpertQueue(handle.db, expert, new Date());
    const ids = queue.map((q) => q.id);
    expect(ids.indexOf(q1.id)).toBeLessThan(ids.indexOf(q2.id));
    expect(ids).not.toContain(outside.id);
    await createTestReply(handle.db, expert, { threadId: q1.id, body: '上门外访时可以要求对方出示证件。' });
    queue = await listExpertQueue(handle.db, expert, new Date());
    expect(queue.map((q) => q.id)).not.toContain(q1.id);
    await expect(listExpertQueue(handle.db, other, new Date())).rejects.toMatchObject({ code: 'forbidden' });
  });
});

