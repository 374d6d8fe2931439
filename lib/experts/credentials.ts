import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import { expertApplications } from '@/db/schema';
import type { Database } from '@/db/types';

export interface Credential {
  id: number;
  userId: number;
  profession: 'lawyer' | 'debt_counsellor' | 'former_collector' | 'psych_counsellor' | 'other';
  professionOther: string;
  scopeStageIds: number[];
  hasCommercialInterest: boolean;
  interestStatement: string;
  expiresAt: Date;
}

/** A badge is current while approved, unrevoked and unexpired. Expiry needs no job: it is a comparison. */
export function isCurrent(row: { status: string; expiresAt: Date | null }, now: Date): boolean {
  return row.status === 'approved' && row.expiresAt !== null && row.expiresAt > now;
}

const credentialColumns = {
  id: expertApplications.id,
  userId: expertApplications.userId,
  profession: expertApplications.profession,
  professionOther: expertApplications.professionOther,
  scopeStageIds: expertApplications.scopeStageIds,
  hasCommercialInterest: expertApplications.hasCommercialInterest,
  interestStatement: expertApplications.interestStatement,
  expiresAt: expertApplications.expiresAt,
};

/** The member's credential in force at `now`, or null. */
export async function findCurrentCredential(db: Database, userId: number, now: Date): Promise<Credential | null> {
  const [row] = await db
    .select(credentialColumns)
    .from(expertApplications)
    .where(and(eq(expertApplications.userId, userId), eq(expertApplications.status, 'approved'), gt(expertApplications.expiresAt, now)))
    .orderBy(desc(expertApplications.expiresAt))
    .limit(1);
  return row ? { ...row, expiresAt: row.expiresAt! } : null;
}

/** Current credentials of several users, for checking invitations. */
export async function currentCredentialsOf(db: Database, userIds: number[], now: Date): Promise<Credential[]> {
  if (!userIds.length) return [];
  const rows = await db
    .select(credentialColumns)
    .from(expertApplications)
    .where(and(inArray(expertApplications.userId, userIds), eq(expertApplications.status, 'approved'), gt(expertApplications.expiresAt, now)));
  return rows.map((r) => ({ ...r, expiresAt: r.expiresAt! }));
}

export function coversAnyStage(credential: Pick<Credential, 'scopeStageIds'>, stageIds: number[]): boolean {
  return credential.scopeStageIds.some((id) => stageIds.includes(id));
}
