import { conductRuleSets } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { aggregatesChanged } from '../cache/aggregate-cache';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { toFieldErrors, type Untrusted } from '../validation';
import { canManageRuleSets } from './policy';
import { latestRuleSetVersion } from './queries';
import { saveRuleSetVersionSchema, type SaveRuleSetVersionInput } from './schemas';
import { validateRuleSet } from './validate-rule-set';

/**
 * A moderator or admin saves an edited rule set as its next version
 * (latest + 1; the built-in definition is version 1). Versions are never
 * changed afterwards, so a printed report names exactly the rules it used.
 * The version in the JSON is ignored: the next number is assigned here.
 */
export async function saveRuleSetVersion(
  db: Database,
  viewer: Viewer,
  input: Untrusted<SaveRuleSetVersionInput>,
  clock: Clock = systemClock,
): Promise<{ slug: string; version: number }> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = saveRuleSetVersionSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  if (!canManageRuleSets(viewer)) throw new AppError('forbidden');
  const { slug, definitionJson } = parsed.data;

  let definition: unknown;
  try {
    definition = JSON.parse(definitionJson);
  } catch {
    throw new AppError('invalid_input', { definitionJson: ['invalid_json'] });
  }
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    throw new AppError('invalid_input', { definitionJson: ['invalid_json'] });
  }
  // The JSON names the set it edits; saving one set's rules under another's slug is a mistake.
  if ('slug' in definition && definition.slug !== slug) throw new AppError('invalid_input', { slug: ['slug_mismatch'] });

  const version = (await latestRuleSetVersion(db, slug)) + 1;
  const ruleSet = validateRuleSet({ ...definition, slug, version });
  const [row] = await db
    .insert(conductRuleSets)
    .values({ slug, version, definition: ruleSet, createdById: viewer.id, createdAt: clock() })
    // Two moderators saving at once: the unique (slug, version) index lets one win.
    .onConflictDoNothing()
    .returning({ slug: conductRuleSets.slug, version: conductRuleSets.version });
  if (!row) throw new AppError('conflict');
  aggregatesChanged(db, 'conduct');
  return row;
}
