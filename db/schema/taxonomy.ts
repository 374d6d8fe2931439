import { boolean, pgTable, smallint, text } from 'drizzle-orm/pg-core';

// Taxonomy rows are seeded by a migration so every database has the same ids,
// slugs and labels; the app reads them, users never write them.

// A function, not a shared object: drizzle column builders must not be
// reused across tables (constraint names would collide).
const taxonomyColumns = () => ({
  id: smallint('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  labelZh: text('label_zh').notNull(),
  labelEn: text('label_en').notNull(),
  /** Display order; for stages it is the order of the collection process. */
  position: smallint('position').notNull(),
});

export const stages = pgTable('stages', { ...taxonomyColumns() });

export const outcomes = pgTable('outcomes', {
  ...taxonomyColumns(),
  /** True when the debt is over (fully or by agreement), for the settled feed. */
  isResolution: boolean('is_resolution').notNull().default(false),
});

export const lenders = pgTable('lenders', {
  ...taxonomyColumns(),
  /** The catch-all "other" lender, whose story carries its own lender name. */
  isOther: boolean('is_other').notNull().default(false),
});

export const amountBands = pgTable('amount_bands', { ...taxonomyColumns() });
