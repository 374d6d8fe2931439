import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { threads } from './threads';

export const expertProfession = pgEnum('expert_profession', [
  'lawyer',
  'debt_counsellor',
  'former_collector',
  'psych_counsellor',
  'other',
]);
export const applicationStatus = pgEnum('application_status', ['pending', 'approved', 'rejected', 'revoked']);

/**
 * An application to be a verified expert, and once approved, the credential
 * itself: scope and expiry are set by the moderator who approved it. A
 * reply written under a credential keeps pointing at it, so the badge it had
 * then stays visible after expiry, marked as no longer current.
 */
export const expertApplications = pgTable(
  'expert_applications',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    profession: expertProfession('profession').notNull(),
    professionOther: text('profession_other').notNull().default(''),
    yearsOfPractice: smallint('years_of_practice').notNull(),
    /** Licence or certificate number; shown only partly masked. */
    licenceNumber: text('licence_number').notNull(),
    requestedStageIds: smallint('requested_stage_ids').array().notNull().default(sql`'{}'::smallint[]`),
    /** Mandatory declaration of commercial interest; empty only when hasCommercialInterest is false. */
    interestStatement: text('interest_statement').notNull().default(''),
    hasCommercialInterest: boolean('has_commercial_interest').notNull(),
    status: applicationStatus('status').notNull().default('pending'),
    decidedById: integer('decided_by_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason').notNull().default(''),
    /** Stages the badge covers, set at approval. */
    scopeStageIds: smallint('scope_stage_ids').array().notNull().default(sql`'{}'::smallint[]`),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('expert_applications_user_created_idx').on(t.userId, t.createdAt),
    index('expert_applications_status_created_idx').on(t.status, t.createdAt),
  ],
);

/** An asker's invitation to an expert to answer their question (at most three). */
export const questionInvitations = pgTable(
  'question_invitations',
  {
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    expertId: integer('expert_id')
      .notNull()
      .references(() => users.id),
    invitedById: integer('invited_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.expertId] }), index('question_invitations_expert_idx').on(t.expertId, t.createdAt)],
);
