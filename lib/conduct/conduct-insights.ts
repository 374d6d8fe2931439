import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import { conductEntries, lenders } from '@/db/schema';
import type { Database } from '@/db/types';
import { cachedAggregate, type AggregateCacheOptions } from '../cache/aggregate-cache';
import { checkConduct, collectorKeyOf } from './check-conduct';
import { toRuleEntry, type ConductEntryView } from './dto';
import { findLatestRuleSet } from './queries';
import { builtInRuleSets } from './rule-sets';
import type { ConductEntry, RuleSet } from './types';

// The one public view of conduct logs: per lender, the share of logged
// collectors with at least one possible breach. Nothing about a single log
// can be read from it: a lender logged by fewer than MIN_LOGS members is
// shown as "sample too small", with no numbers at all.

/** The rule set the public figure uses. */
export const INSIGHTS_RULE_SET_SLUG = 'cn-internet-finance-collection';

/** Fewer members' logs than this naming a lender: no figure for that lender. */
export const MIN_LOGS = 10;

export type ConductInsightsRow =
  | {
      lender: { id: number; slug: string; labelZh: string; labelEn: string };
      suppressed: true;
    }
  | {
      lender: { id: number; slug: string; labelZh: string; labelEn: string };
      suppressed: false;
      /** Members whose log names this lender. */
      logs: number;
      /** Distinct (member, collector) pairs: one member's log of one collector. */
      collectors: number;
      /** Of those, the ones with at least one possible breach. */
      flaggedCollectors: number;
      /** flaggedCollectors / collectors, 0–1. */
      share: number;
    };

export interface ConductInsights {
  ruleSet: { slug: string; version: number; title: RuleSet['title'] };
  minLogs: number;
  /** Lenders with at least one logged entry, in taxonomy order. */
  rows: ConductInsightsRow[];
}

/**
 * Reads every live entry once (no notes, no names) and runs the check per
 * member. A member's log is a few dozen entries; at the sizes this forum
 * will see this is cheaper than precomputing, and always current.
 */
export async function conductInsights(db: Database): Promise<ConductInsights> {
  const ruleSet =
    (await findLatestRuleSet(db, INSIGHTS_RULE_SET_SLUG)) ?? builtInRuleSets.find((s) => s.slug === INSIGHTS_RULE_SET_SLUG)!;
  const rows = await db
    .select({
      ownerId: conductEntries.ownerId,
      id: conductEntries.id,
      occurredAt: conductEntries.occurredAt,
      timeZone: conductEntries.timeZone,
      channel: conductEntries.channel,
      thirdParty: conductEntries.thirdParty,
      agency: conductEntries.agency,
      connected: conductEntries.connected,
      categories: conductEntries.categories,
      agreedToContactAtNight: conductEntries.agreedToContactAtNight,
      lenderId: lenders.id,
      lenderSlug: lenders.slug,
      lenderLabelZh: lenders.labelZh,
      lenderLabelEn: lenders.labelEn,
      lenderPosition: lenders.position,
    })
    .from(conductEntries)
    .innerJoin(lenders, eq(lenders.id, conductEntries.lenderId))
    .where(and(isNull(conductEntries.deletedAt), isNotNull(conductEntries.lenderId)))
    .orderBy(asc(conductEntries.ownerId), asc(conductEntries.id));

  type Lender = ConductInsightsRow['lender'] & { position: number };
  const lenderBySlug = new Map<string, Lender>();
  const logsByOwner = new Map<number, ConductEntry[]>();
  for (const row of rows) {
    lenderBySlug.set(row.lenderSlug, {
      id: row.lenderId,
      slug: row.lenderSlug,
      labelZh: row.lenderLabelZh,
      labelEn: row.lenderLabelEn,
      position: row.lenderPosition,
    });
    const entry = toRuleEntry({
      ...row,
      lender: { id: row.lenderId, slug: row.lenderSlug, labelZh: row.lenderLabelZh, labelEn: row.lenderLabelEn },
      collectorName: '',
      categories: row.categories as ConductEntryView['categories'],
    });
    const log = logsByOwner.get(row.ownerId);
    if (log) log.push(entry);
    else logsByOwner.set(row.ownerId, [entry]);
  }

  const perLender = new Map<string, { owners: Set<number>; collectors: Set<string>; flagged: Set<string> }>();
  for (const [ownerId, log] of logsByOwner) {
    const report = checkConduct(log, ruleSet);
    const flaggedKeys = new Set(report.perCollector.filter((c) => c.breaches > 0).map((c) => c.collectorKey));
    for (const entry of log) {
      const lenderKey = entry.collector.lenderKey;
      const collectorKey = collectorKeyOf(entry.collector);
      let stats = perLender.get(lenderKey);
      if (!stats) perLender.set(lenderKey, (stats = { owners: new Set(), collectors: new Set(), flagged: new Set() }));
      stats.owners.add(ownerId);
      // A pair, so two members logging the same agency count as two logged collectors.
      const pair = `${ownerId}\u0000${collectorKey}`;
      stats.collectors.add(pair);
      if (flaggedKeys.has(collectorKey)) stats.flagged.add(pair);
    }
  }

  const result: ConductInsightsRow[] = [...perLender.entries()]
    .map(([slug, stats]) => ({ lender: lenderBySlug.get(slug)!, stats }))
    .sort((a, b) => a.lender.position - b.lender.position)
    .map(({ lender: { position: _position, ...lender }, stats }) =>
      stats.owners.size < MIN_LOGS
        ? { lender, suppressed: true as const }
        : {
            lender,
            suppressed: false as const,
            logs: stats.owners.size,
            collectors: stats.collectors.size,
            flaggedCollectors: stats.flagged.size,
            share: stats.flagged.size / stats.collectors.size,
          },
    );
  return { ruleSet: { slug: ruleSet.slug, version: ruleSet.version, title: ruleSet.title }, minLogs: MIN_LOGS, rows: result };
}

/** `conductInsights`, from the aggregate cache; conduct entry and rule-set writes clear it. */
export function cachedConductInsights(db: Database, options: AggregateCacheOptions): Promise<ConductInsights> {
  return cachedAggregate(db, 'conduct', 'conduct-insights', options, () => conductInsights(db));
}
