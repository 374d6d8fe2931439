import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conductRuleSets } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { getConductReport } from '@/lib/conduct/get-conduct-report';
import { findLatestRuleSet, listRuleSetHistory, listRuleSets } from '@/lib/conduct/queries';
import { builtInRuleSets, findBuiltInRuleSet } from '@/lib/conduct/rule-sets';
import { saveRuleSetVersion } from '@/lib/conduct/save-rule-set-version';
import { AppError } from '@/lib/errors';
import { createMember } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { fixedClock, logEntry } from './fixtures';

let handle: TestDatabase;
let member: Member;
let moderator: Member;
let admin: Member;

const SLUG = 'cn-internet-finance-collection';

beforeAll(async () => {
  handle = await createTestDatabase();
  member = await createMember(handle.db);
  moderator = await createMember(handle.db, { role: 'moderator' });
  admin = await createMember(handle.db, { role: 'admin' });
});
afterAll(() => handle.close());

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => ({ code: 'ok', fieldErrors: undefined }),
    (e: unknown) => (e instanceof AppError ? { code: e.code, fieldErrors: e.fieldErrors } : { code: String(e), fieldErrors: undefined }),
  );
}

const savedVersions = async (slug: string) =>
  (await handle.db.select().from(conductRuleSets).where(eq(conductRuleSets.slug, slug))).map((r) => r.version).sort();

/** The built-in CN rule set with a stricter daily limit: 2 connected calls instead of 3. */
function stricterDefinition() {
  const base = structuredClone(findBuiltInRuleSet(SLUG)!) as unknown as {
    rules: { id: string; params: Record<string, unknown> }[];
  };
  const rule = base.rules.find((r) => r.id === 'cn-if-connected-calls-per-day')!;
  rule.params.limit = 2;
  return base;
}

describe('rule sets', () => {
  it('starts from the built-in version 1 of each', async () => {
    const sets = await listRuleSets(handle.db);
    expect(sets.map((s) => [s.slug, s.version])).toEqual(builtInRuleSets.map((s) => [s.slug, 1]));
  });

  it('refuses a member and writes nothing', async () => {
    const result = await failure(
      saveRuleSetVersion(handle.db, member, { slug: SLUG, definitionJson: JSON.stringify(stricterDefinition()) }, fixedClock),
    );
    expect(result.code).toBe('forbidden');
    expect((await failure(saveRuleSetVersion(handle.db, null, { slug: SLUG, definitionJson: '{}' }))).code).toBe('unauthenticated');
    expect(await savedVersions(SLUG)).toEqual([]);
  });

  it('hides the staff history page from members', async () => {
    expect((await failure(listRuleSetHistory(handle.db, member))).code).toBe('not_found');
    expect((await failure(listRuleSetHistory(handle.db, null))).code).toBe('not_found');
  });

  it('refuses text that is not JSON, and JSON that is not a rule set, with field errors', async () => {
    const notJson = await failure(saveRuleSetVersion(handle.db, moderator, { slug: SLUG, definitionJson: '{ "rules": [ ' }));
    expect(notJson).toMatchObject({ code: 'invalid_input', fieldErrors: { definitionJson: ['invalid_json'] } });

    const broken = stricterDefinition() as unknown as { rules: { params: Record<string, unknown>; checkedOn?: string }[]; title?: unknown };
    broken.rules[0]!.params.limit = 0;
    broken.rules[1]!.checkedOn = '2026-13-01';
    delete broken.title;
    const invalid = await failure(saveRuleSetVersion(handle.db, moderator, { slug: SLUG, definitionJson: JSON.stringify(broken) }));
    expect(invalid.code).toBe('invalid_input');
    expect(invalid.fieldErrors).toMatchObject({
      'rules.0.params.limit': ['too_small:1'],
      'rules.1.checkedOn': ['invalid_date'],
      title: ['invalid'],
    });

    const mismatch = await failure(
      saveRuleSetVersion(handle.db, moderator, { slug: 'us-regulation-f', definitionJson: JSON.stringify(stricterDefinition()) }),
    );
    expect(mismatch).toMatchObject({ code: 'invalid_input', fieldErrors: { slug: ['slug_mismatch'] } });
    expect(await savedVersions(SLUG)).toEqual([]);
  });

  it('a moderator saves version 2, the report uses it, and an admin saves version 3', async () => {
    const owner = await createMember(handle.db);
    // Three connected calls on one day: fine under v1 (3 a day), one too many under v2 (2 a day).
    for (const time of ['09:00', '12:00', '15:00']) await logEntry(handle.db, owner, { time });
    const before = await getConductReport(handle.db, owner, { ruleSetSlug: SLUG });
    expect(before.ruleSet.version).toBe(1);
    expect(before.report.breaches.filter((b) => b.ruleId === 'cn-if-connected-calls-per-day')).toEqual([]);

    const saved = await saveRuleSetVersion(
      handle.db,
      moderator,
      // The version in the JSON is ignored: the next number is assigned.
      { slug: SLUG, definitionJson: JSON.stringify({ ...stricterDefinition(), version: 99 }) },
      fixedClock,
    );
    expect(saved).toEqual({ slug: SLUG, version: 2 });
    const [row] = await handle.db.select().from(conductRuleSets).where(eq(conductRuleSets.slug, SLUG));
    expect(row).toMatchObject({ version: 2, createdById: moderator.id, createdAt: fixedClock() });

    const after = await getConductReport(handle.db, owner, { ruleSetSlug: SLUG });
    expect(after.ruleSet.version).toBe(2);
    expect(after.report.ruleSet.version).toBe(2);
    const daily = after.report.breaches.filter((b) => b.ruleId === 'cn-if-connected-calls-per-day');
    expect(daily).toHaveLength(1);
    expect(daily[0]!.entryIds).toEqual([after.entries[2]!.id]);

    expect(await saveRuleSetVersion(handle.db, admin, { slug: SLUG, definitionJson: JSON.stringify(findBuiltInRuleSet(SLUG)) })).toEqual({
      slug: SLUG,
      version: 3,
    });
    expect((await findLatestRuleSet(handle.db, SLUG))!.version).toBe(3);
    expect(await savedVersions(SLUG)).toEqual([2, 3]);

    const history = await listRuleSetHistory(handle.db, moderator);
    expect(history.find((h) => h.current.slug === SLUG)!.versions.map((v) => [v.version, v.createdBy])).toEqual([
      [3, admin.handle],
      [2, moderator.handle],
      [1, null],
    ]);
    // The other sets are untouched.
    expect((await findLatestRuleSet(handle.db, 'us-regulation-f'))!.version).toBe(1);
  });
});
