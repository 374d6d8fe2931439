import { and, asc, desc, eq, gt, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { expertApplications, questionInvitations, replies, threads, threadStages, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { canModerate } from '../moderation/policy';
import { excerptOf } from '../threads/excerpt';
import { isCurrent } from './credentials';
import type { Profession } from './schemas';

/** Licence numbers are shown partly masked: enough to look up, not to copy. */
export function maskLicence(licence: string): string {
  const chars = [...licence];
  if (chars.length <= 4) return '*'.repeat(chars.length);
  const keep = Math.min(3, Math.floor(chars.length / 4));
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep * 2) + chars.slice(-keep).join('');
}

export interface ApplicationView {
  id: number;
  handle: string;
  displayName: string;
  profession: Profession;
  professionOther: string;
  yearsOfPractice: number;
  licenceNumber: string;
  requestedStageIds: number[];
  hasCommercialInterest: boolean;
  interestStatement: string;
  status: 'pending' | 'approved' | 'rejected' | 'revoked';
  decisionReason: string;
  scopeStageIds: number[];
  expiresAt: Date | null;
  current: boolean;
  createdAt: Date;
}

const applicationColumns = {
  id: expertApplications.id,
  handle: users.handle,
  displayName: users.displayName,
  profession: expertApplications.profession,
  professionOther: expertApplications.professionOther,
  yearsOfPractice: expertApplications.yearsOfPractice,
  licenceNumber: expertApplications.licenceNumber,
  requestedStageIds: expertApplications.requestedStageIds,
  hasCommercialInterest: expertApplications.hasCommercialInterest,
  interestStatement: expertApplications.interestStatement,
  status: expertApplications.status,
  decisionReason: expertApplications.decisionReason,
  scopeStageIds: expertApplications.scopeStageIds,
  expiresAt: expertApplications.expiresAt,
  createdAt: expertApplications.createdAt,
};

/** Pending applications for the moderation queue (staff only; full licence numbers, to verify them). */
export async function listPendingApplications(db: Database, viewer: Viewer, now: Date): Promise<ApplicationView[]> {
  if (!canModerate(viewer)) throw new AppError('not_found');
  const rows = await db
    .select(applicationColumns)
    .from(expertApplications)
    .innerJoin(users, eq(users.id, expertApplications.userId))
    .where(eq(expertApplications.status, 'pending'))
    .orderBy(asc(expertApplications.createdAt));
  return rows.map((r) => ({ ...r, current: isCurrent(r, now) }));
}

/** The applicant's own applications and decisions, newest first. */
export async function listMyApplications(db: Database, viewer: Viewer, now: Date): Promise<ApplicationView[]> {
  if (!viewer) throw new AppError('unauthenticated');
  const rows = await db
    .select(applicationColumns)
    .from(expertApplications)
    .innerJoin(users, eq(users.id, expertApplications.userId))
    .where(eq(expertApplications.userId, viewer.id))
    .orderBy(desc(expertApplications.createdAt));
  return rows.map((r) => ({ ...r, current: isCurrent(r, now) }));
}

export interface ExpertSummary {
  userId: number;
  handle: string;
  displayName: string;
  credentialId: number;
  profession: Profession;
  professionOther: string;
  yearsOfPractice: number;
  licenceMasked: string;
  scopeStageIds: number[];
  interest: string | null;
  expiresAt: Date;
  current: boolean;
  answers: number;
  acceptedAnswers: number;
  helpfulVotes: number;
}

async function answerStats(db: Database, userIds: number[]) {
  if (!userIds.length) return new Map<number, { answers: number; accepted: number; helpful: number }>();
  const rows = await db
    .select({
      userId: replies.authorId,
      answers: sql<number>`count(*)::int`,
      accepted: sql<number>`count(*) filter (where ${threads.acceptedReplyId} = ${replies.id})::int`,
      helpful: sql<number>`coalesce(sum(${replies.helpfulCount}), 0)::int`,
    })
    .from(replies)
    .innerJoin(threads, eq(threads.id, replies.threadId))
    .where(and(inArray(replies.authorId, userIds), isNotNull(replies.expertCredentialId), eq(replies.status, 'published')))
    .groupBy(replies.authorId);
  return new Map(rows.map((r) => [r.userId, { answers: r.answers, accepted: r.accepted, helpful: r.helpful }]));
}

/** The directory: experts with a current badge, filtered by profession and stage. */
export async function listExperts(
  db: Database,
  filters: { profession?: Profession; stageId?: number },
  now: Date,
): Promise<ExpertSummary[]> {
  const conditions = [eq(expertApplications.status, 'approved'), gt(expertApplications.expiresAt, now)];
  if (filters.profession) conditions.push(eq(expertApplications.profession, filters.profession));
  if (filters.stageId) conditions.push(sql`${filters.stageId} = any(${expertApplications.scopeStageIds})`);
  const rows = await db
    .select({ ...applicationColumns, userId: expertApplications.userId })
    .from(expertApplications)
    .innerJoin(users, eq(users.id, expertApplications.userId))
    .where(and(...conditions))
    .orderBy(asc(expertApplications.profession), asc(users.displayName));
  const stats = await answerStats(db, rows.map((r) => r.userId));
  return rows.map((r) => toSummary(r, stats.get(r.userId), now));
}

function toSummary(
  r: Omit<ApplicationView, 'current'> & { userId: number },
  stat: { answers: number; accepted: number; helpful: number } | undefined,
  now: Date,
): ExpertSummary {
  return {
    userId: r.userId,
    handle: r.handle,
    displayName: r.displayName,
    credentialId: r.id,
    profession: r.profession,
    professionOther: r.professionOther,
    yearsOfPractice: r.yearsOfPractice,
    licenceMasked: maskLicence(r.licenceNumber),
    scopeStageIds: r.scopeStageIds,
    interest: r.hasCommercialInterest ? r.interestStatement : null,
    expiresAt: r.expiresAt!,
    current: isCurrent(r, now),
    answers: stat?.answers ?? 0,
    acceptedAnswers: stat?.accepted ?? 0,
    helpfulVotes: stat?.helpful ?? 0,
  };
}

/** A member's badges (current or past) for their public profile; empty when never verified. */
export async function listCredentialsOf(db: Database, handle: string, now: Date): Promise<ExpertSummary[]> {
  const rows = await db
    .select({ ...applicationColumns, userId: expertApplications.userId })
    .from(expertApplications)
    .innerJoin(users, eq(users.id, expertApplications.userId))
    .where(and(sql`lower(${users.handle}) = ${handle.toLowerCase()}`, inArray(expertApplications.status, ['approved', 'revoked'])))
    .orderBy(desc(expertApplications.expiresAt));
  const stats = await answerStats(db, [...new Set(rows.map((r) => r.userId))]);
  return rows.map((r) => toSummary(r, stats.get(r.userId), now));
}

export interface QueueQuestion {
  id: number;
  title: string;
  excerpt: string;
  createdAt: Date;
  invited: boolean;
}

/**
 * An expert's queue: questions in their scope without an expert answer, and
 * questions they were invited to, oldest first. Needs a current badge.
 */
export async function listExpertQueue(db: Database, viewer: Viewer, now: Date): Promise<QueueQuestion[]> {
  if (!viewer) throw new AppError('unauthenticated');
  const [credential] = await db
    .select({ scope: expertApplications.scopeStageIds })
    .from(expertApplications)
    .where(and(eq(expertApplications.userId, viewer.id), eq(expertApplications.status, 'approved'), gt(expertApplications.expiresAt, now)))
    .limit(1);
  if (!credential) throw new AppError('forbidden');
  const invited = sql<boolean>`exists (select 1 from ${questionInvitations} where ${questionInvitations.threadId} = ${threads.id} and ${questionInvitations.expertId} = ${viewer.id})`;
  const inScope = credential.scope.length
    ? sql`exists (select 1 from ${threadStages} where ${threadStages.threadId} = ${threads.id} and ${threadStages.stageId} in (${sql.join(
        credential.scope.map((s) => sql`${s}`),
        sql`, `,
      )}))`
    : sql`false`;
  const rows = await db
    .select({ id: threads.id, title: threads.title, body: threads.body, createdAt: threads.createdAt, invited })
    .from(threads)
    .where(
      and(
        eq(threads.kind, 'question'),
        eq(threads.status, 'published'),
        sql`${threads.authorId} <> ${viewer.id}`,
        or(and(eq(threads.expertAnswerCount, 0), inScope), invited),
      ),
    )
    .orderBy(asc(threads.createdAt))
    .limit(100);
  return rows.map((r) => ({ id: r.id, title: r.title, excerpt: excerptOf(r.body), createdAt: r.createdAt, invited: r.invited }));
}

/** Experts the asker may invite: current badge covering one of the question's stages, and not yet invited. */
export async function listInvitableExperts(db: Database, threadId: number, now: Date) {
  const stageRows = await db.select({ stageId: threadStages.stageId }).from(threadStages).where(eq(threadStages.threadId, threadId));
  const stageIds = stageRows.map((r) => r.stageId);
  if (!stageIds.length) return { invited: [], candidates: [] };
  const [experts, invitations] = await Promise.all([
    db
      .select({ userId: expertApplications.userId, displayName: users.displayName, profession: expertApplications.profession, scope: expertApplications.scopeStageIds })
      .from(expertApplications)
      .innerJoin(users, eq(users.id, expertApplications.userId))
      .where(and(eq(expertApplications.status, 'approved'), gt(expertApplications.expiresAt, now))),
    db.select({ expertId: questionInvitations.expertId }).from(questionInvitations).where(eq(questionInvitations.threadId, threadId)),
  ]);
  const eligible = experts.filter((e) => e.scope.some((s) => stageIds.includes(s)));
  const invitedIds = new Set(invitations.map((i) => i.expertId));
  return {
    invited: eligible.filter((e) => invitedIds.has(e.userId)),
    candidates: eligible.filter((e) => !invitedIds.has(e.userId)),
  };
}
