import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import { conductEntries, conductRuleSets, lenders, threads, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { toFieldErrors } from '../validation';
import { conductEntryColumns, toConductEntryView, type ConductEntryView } from './dto';
import { canManageRuleSets } from './policy';
import { builtInRuleSets, findBuiltInRuleSet } from './rule-sets';
import { conductEntryIdSchema } from './schemas';
import type { RuleSet } from './types';
import { validateRuleSet } from './validate-rule-set';
import { ownConductEntriesFor } from './visibility';

// Reads of the conduct log and its rule sets. A log is only ever read
// through ownConductEntriesFor(viewer): there is no way to ask for someone
// else's, whatever the viewer's role.

/** The viewer's whole log, oldest first (the order of an evidence record). */
export async function listConductEntries(db: Database, viewer: Viewer): Promise<ConductEntryView[]> {
  if (!viewer) throw new AppError('unauthenticated');
  const rows = await db
    .select(conductEntryColumns)
    .from(conductEntries)
    .leftJoin(lenders, eq(lenders.id, conductEntries.lenderId))
    .where(ownConductEntriesFor(viewer))
    .orderBy(asc(conductEntries.occurredAt), asc(conductEntries.id));
  return rows.map(toConductEntryView);
}

/** One entry of the viewer's own log; anyone else's, or a deleted one, is not_found. */
export async function getConductEntry(db: Database, viewer: Viewer, input: { entryId: unknown }): Promise<ConductEntryView> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = conductEntryIdSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const [row] = await db
    .select(conductEntryColumns)
    .from(conductEntries)
    .leftJoin(lenders, eq(lenders.id, conductEntries.lenderId))
    .where(and(eq(conductEntries.id, parsed.data.entryId), ownConductEntriesFor(viewer)));
  if (!row) throw new AppError('not_found');
  return toConductEntryView(row);
}

export interface OwnStoryChoice {
  id: number;
  title: string;
  /** A pending story takes no replies yet, so no published summary either. */
  status: 'published' | 'pending';
}

/** The viewer's own live stories: what an entry may be tied to and a summary published into. */
export async function listOwnStories(db: Database, viewer: Viewer): Promise<OwnStoryChoice[]> {
  if (!viewer) throw new AppError('unauthenticated');
  const rows = await db
    .select({ id: threads.id, title: threads.title, status: threads.status })
    .from(threads)
    .where(and(eq(threads.authorId, viewer.id), eq(threads.kind, 'story'), inArray(threads.status, ['published', 'pending'])))
    .orderBy(desc(threads.createdAt), desc(threads.id))
    .limit(100);
  return rows.map((row) => ({ ...row, status: row.status === 'published' ? 'published' : 'pending' }));
}

// ---- Rule sets ----------------------------------------------------------------

/** Stored definitions were validated on save; validating again on read keeps a later, stricter schema honest. */
function storedRuleSet(row: { slug: string; version: number; definition: unknown }): RuleSet {
  const definition = typeof row.definition === 'object' && row.definition !== null ? row.definition : {};
  return validateRuleSet({ ...definition, slug: row.slug, version: row.version });
}

/** The highest version number of a rule set: the newest saved row, else 1 for a built-in, else 0. */
export async function latestRuleSetVersion(db: Database, slug: string): Promise<number> {
  const [row] = await db.select({ version: max(conductRuleSets.version) }).from(conductRuleSets).where(eq(conductRuleSets.slug, slug));
  return row?.version ?? (findBuiltInRuleSet(slug) ? 1 : 0);
}

/** The newest version of a rule set: the saved row with the highest version, else the built-in version 1; null if neither. */
export async function findLatestRuleSet(db: Database, slug: string): Promise<RuleSet | null> {
  const [row] = await db
    .select({ slug: conductRuleSets.slug, version: conductRuleSets.version, definition: conductRuleSets.definition })
    .from(conductRuleSets)
    .where(eq(conductRuleSets.slug, slug))
    .orderBy(desc(conductRuleSets.version))
    .limit(1);
  return row ? storedRuleSet(row) : findBuiltInRuleSet(slug);
}

export async function getLatestRuleSet(db: Database, slug: string): Promise<RuleSet> {
  const ruleSet = await findLatestRuleSet(db, slug);
  if (!ruleSet) throw new AppError('not_found');
  return ruleSet;
}

/** The newest version of every rule set, built-in ones first in their order, then any others by slug. Public reference data. */
export async function listRuleSets(db: Database): Promise<RuleSet[]> {
  const rows = await db
    .selectDistinctOn([conductRuleSets.slug], {
      slug: conductRuleSets.slug,
      version: conductRuleSets.version,
      definition: conductRuleSets.definition,
    })
    .from(conductRuleSets)
    .orderBy(asc(conductRuleSets.slug), desc(conductRuleSets.version));
  const saved = new Map(rows.map((row) => [row.slug, storedRuleSet(row)]));
  const builtIn = builtInRuleSets.map((set) => saved.get(set.slug) ?? set);
  const others = rows.filter((row) => !findBuiltInRuleSet(row.slug)).map((row) => saved.get(row.slug)!);
  return [...builtIn, ...others];
}

export interface RuleSetVersionInfo {
  version: number;
  /** Null for a built-in version 1. */
  createdAt: Date | null;
  createdBy: string | null;
}

export interface RuleSetHistory {
  current: RuleSet;
  versions: RuleSetVersionInfo[];
}

/** For the staff page: every rule set's current definition and its version history, newest first; not_found for anyone else. */
export async function listRuleSetHistory(db: Database, viewer: Viewer): Promise<RuleSetHistory[]> {
  if (!canManageRuleSets(viewer)) throw new AppError('not_found');
  const [current, rows] = await Promise.all([
    listRuleSets(db),
    db
      .select({
        slug: conductRuleSets.slug,
        version: conductRuleSets.version,
        createdAt: conductRuleSets.createdAt,
        createdBy: users.handle,
      })
      .from(conductRuleSets)
      .leftJoin(users, eq(users.id, conductRuleSets.createdById))
      .orderBy(asc(conductRuleSets.slug), desc(conductRuleSets.version)),
  ]);
  return current.map((ruleSet) => {
    const saved = rows
      .filter((row) => row.slug === ruleSet.slug)
      .map((row) => ({ version: row.version, createdAt: row.createdAt, createdBy: row.createdBy }));
    const builtIn = findBuiltInRuleSet(ruleSet.slug) ? [{ version: 1, createdAt: null, createdBy: null }] : [];
    return { current: ruleSet, versions: [...saved, ...builtIn] };
  });
}
