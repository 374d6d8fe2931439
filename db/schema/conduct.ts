import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { lenders } from './taxonomy';
import { threads } from './threads';

export const conductChannel = pgEnum('conduct_channel', ['call', 'message', 'letter', 'home_visit', 'third_party']);
export const conductThirdParty = pgEnum('conduct_third_party', ['family', 'employer', 'contacts', 'other']);

/**
 * One collection contact in a member's private log. Only its owner ever
 * reads it (moderators included), unless the owner publishes a masked
 * summary into their story.
 */
export const conductEntries = pgTable(
  'conduct_entries',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    ownerId: integer('owner_id')
      .notNull()
      .references(() => users.id),
    /** Optionally tied to one of the owner's stories. */
    threadId: integer('thread_id').references(() => threads.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** The debtor's IANA time zone when it happened: rules count local days and hours. */
    timeZone: text('time_zone').notNull(),
    channel: conductChannel('channel').notNull(),
    thirdParty: conductThirdParty('third_party'),
    lenderId: smallint('lender_id').references(() => lenders.id),
    /** Collection agency acting for the lender, if any (masked). */
    agency: text('agency').notNull().default(''),
    /** The name the collector gave (masked). */
    collectorName: text('collector_name').notNull().default(''),
    /** Calls only: whether it connected. */
    connected: boolean('connected'),
    /** threat, insult, impersonation, disclosure, borrow_elsewhere, violence, other. */
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    agreedToContactAtNight: boolean('agreed_to_contact_at_night').notNull().default(false),
    note: text('note').notNull().default(''),
    evidenceNote: text('evidence_note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('conduct_entries_owner_occurred_idx').on(t.ownerId, t.occurredAt)],
);

/**
 * Versioned rule sets. The built-in version 1 of each lives in code
 * (lib/conduct/rule-sets.ts); every edit by a moderator is a new row.
 */
export const conductRuleSets = pgTable(
  'conduct_rule_sets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull(),
    version: integer('version').notNull(),
    /** The whole rule set as validated JSON (lib/conduct/validate-rule-set.ts). */
    definition: jsonb('definition').notNull(),
    createdById: integer('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('conduct_rule_sets_slug_version_idx').on(t.slug, t.version)],
);
