import type { ConductEntry, RuleSet } from '@/lib/conduct/types';

/** One log entry: a connected call to the debtor in Shanghai from lender-a unless told otherwise. */
export function entry(id: number, at: string, overrides: Partial<Omit<ConductEntry, 'id' | 'occurredAt'>> = {}): ConductEntry {
  return {
    id,
    occurredAt: new Date(at),
    timeZone: 'Asia/Shanghai',
    channel: 'call',
    collector: { lenderKey: 'lender-a' },
    connected: true,
    categories: [],
    ...overrides,
  };
}

/** The same rule set with only the named rule, so a test sees one rule's verdicts. */
export function onlyRule(ruleSet: RuleSet, ruleId: string): RuleSet {
  const rules = ruleSet.rules.filter((rule) => rule.id === ruleId);
  if (rules.length !== 1) throw new Error(`no rule ${ruleId} in ${ruleSet.slug}`);
  return { ...ruleSet, rules };
}
