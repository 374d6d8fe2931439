/**
 * The collection-conduct log: what a member records about each contact from
 * a lender or its collection agency, and the rule sets the log is checked
 * against. Everything here is plain data so rule sets can be stored as JSON,
 * edited by moderators and versioned (see validate-rule-set.ts).
 *
 * Nothing in this module is legal advice: a "breach" is a *possible* breach
 * of a rule as summarized, listed so the member can check it and, if they
 * wish, complain or ask a lawyer.
 */

export const channels = ['call', 'message', 'letter', 'home_visit', 'third_party'] as const;
export type Channel = (typeof channels)[number];

export const thirdPartyKinds = ['family', 'employer', 'contacts', 'other'] as const;
export type ThirdPartyKind = (typeof thirdPartyKinds)[number];

export const conductCategories = [
  'threat',
  'insult',
  'impersonation',
  'disclosure',
  'borrow_elsewhere',
  'violence',
  'other',
] as const;
export type ConductCategory = (typeof conductCategories)[number];

export interface Collector {
  /** Taxonomy key of the lender (the institution that owns the debt). */
  lenderKey: string;
  /** The collection agency acting for the lender, if the contact came from one. */
  agency?: string;
  /** The individual collector's name as they gave it; shown, never used for grouping. */
  name?: string;
}

export interface ConductEntry {
  id: number;
  /** The instant of the contact. */
  occurredAt: Date;
  /** IANA zone of the debtor at the time, e.g. 'Asia/Shanghai'; all local-time rules use it. */
  timeZone: string;
  channel: Channel;
  /** Who was contacted instead of the debtor; set it for any contact with someone else. */
  thirdParty?: ThirdPartyKind;
  collector: Collector;
  /** Calls only: whether the call got through (接通). Unknown counts as not connected. */
  connected?: boolean;
  categories: readonly ConductCategory[];
  /** The debtor had agreed to be contacted at this hour (a quiet-hours exemption). */
  agreedToContactAtNight?: boolean;
}

export type Bilingual = { zh: string; en: string };

export interface RuleSource {
  /** Title of the instrument, in its own language. */
  title: string;
  publisher: string;
  url?: string;
  /** Where in the instrument, and how sure we are (e.g. "as commonly summarized"). */
  citation: string;
}

/** Count calls per institution (lenderKey, agencies included) or per collector (lenderKey + agency). */
export const countScopes = ['institution', 'collector'] as const;
export type CountScope = (typeof countScopes)[number];

interface RuleBase<K extends string, P> {
  /** Stable within a rule set across versions, e.g. 'cn-if-quiet-hours'. */
  id: string;
  kind: K;
  params: P;
  title: Bilingual;
  summary: Bilingual;
  source: RuleSource;
  /** 'YYYY-MM-DD': when the summary was last checked against the source. */
  checkedOn: string;
}

/**
 * Connected calls to the debtor within one local calendar day (the debtor's
 * `timeZone`); calls after the `limit`-th are flagged. Unconnected calls and
 * calls to third parties are not counted.
 */
export type MaxConnectedCallsPerLocalDayRule = RuleBase<
  'max_connected_calls_per_local_day',
  { limit: number; scope: CountScope }
>;

/**
 * No contact inside [start, end) local time; `start > end` wraps midnight
 * ('22:00'–'08:00': 21:59:59 fine, 22:00:00 flagged, 07:59:59 flagged, 08:00:00 fine).
 */
export type QuietHoursRule = RuleBase<
  'quiet_hours',
  { start: string; end: string; channels: readonly Channel[]; exemptWhenAgreed: boolean }
>;

/**
 * Contact only within [start, end] local time, both ends included: strictly
 * before `start` or strictly after `end` is flagged ('08:00'–'21:00':
 * 07:59:59 flagged, 08:00:00 fine, 21:00:00 fine, 21:00:01 flagged).
 */
export type AllowedHoursRule = RuleBase<
  'allowed_hours',
  { start: string; end: string; channels: readonly Channel[]; exemptWhenAgreed: boolean }
>;

/** Any contact with someone other than the debtor, of the listed kinds. */
export type NoThirdPartyContactRule = RuleBase<'no_third_party_contact', { thirdParties: readonly ThirdPartyKind[] }>;

/** Any entry recording one of the listed kinds of conduct. */
export type ForbiddenConductRule = RuleBase<'forbidden_conduct', { categories: readonly ConductCategory[] }>;

/**
 * Placed calls to the debtor (connected or not) within `days` consecutive
 * local calendar days; the call that makes the count exceed `limit` is flagged.
 */
export type MaxCallsInRollingDaysRule = RuleBase<
  'max_calls_in_rolling_days',
  { limit: number; days: number; scope: CountScope }
>;

export type Rule =
  | MaxConnectedCallsPerLocalDayRule
  | QuietHoursRule
  | AllowedHoursRule
  | NoThirdPartyContactRule
  | ForbiddenConductRule
  | MaxCallsInRollingDaysRule;

export const ruleKinds = [
  'max_connected_calls_per_local_day',
  'quiet_hours',
  'allowed_hours',
  'no_third_party_contact',
  'forbidden_conduct',
  'max_calls_in_rolling_days',
] as const satisfies readonly Rule['kind'][];
export type RuleKind = (typeof ruleKinds)[number];

export interface RuleSet {
  /** e.g. 'cn-internet-finance-collection'; with `version` it names one immutable rule set. */
  slug: string;
  /** Starts at 1; every saved edit is a new version. */
  version: number;
  jurisdiction: 'CN' | 'US';
  /** The language of the members it is meant for. */
  language: 'zh' | 'en';
  title: Bilingual;
  /** Shown with every result: information, not legal advice. */
  disclaimer: Bilingual;
  rules: readonly Rule[];
}

// ---- Results ----------------------------------------------------------------

export type BreachDetail =
  | {
      kind: 'max_connected_calls_per_local_day';
      localDate: string;
      limit: number;
      count: number;
      /** Every connected call of that local day for the group, in time order. */
      dayEntryIds: number[];
    }
  | {
      kind: 'quiet_hours' | 'allowed_hours';
      localDate: string;
      /** 'HH:MM:SS' in the entry's zone. */
      localTime: string;
      timeZone: string;
      start: string;
      end: string;
    }
  | { kind: 'no_third_party_contact'; thirdParty: ThirdPartyKind }
  | { kind: 'forbidden_conduct'; categories: ConductCategory[] }
  | {
      kind: 'max_calls_in_rolling_days';
      limit: number;
      days: number;
      count: number;
      /** First and last local dates of the window that ends on the flagged call's day. */
      windowStart: string;
      windowEnd: string;
      /** The calls counted in that window up to and including the flagged one, in time order. */
      windowEntryIds: number[];
    };

export interface BreachRuleRef {
  id: string;
  kind: RuleKind;
  title: Bilingual;
  source: RuleSource;
  checkedOn: string;
}

export interface Breach {
  ruleId: string;
  rule: BreachRuleRef;
  /**
   * The group the rule was applied to: the lenderKey for institution-scoped
   * counts, otherwise the collector key of the entries (see collectorKeyOf).
   */
  collectorKey: string;
  lenderKey: string;
  /** The entries that trigger the breach, in time order. */
  entryIds: number[];
  detail: BreachDetail;
  /** One sentence per language describing this breach. */
  explanation: Bilingual;
}

export interface CollectorSummary {
  collectorKey: string;
  lenderKey: string;
  /** As first written in the log (trimmed); absent for the lender's own staff. */
  agency?: string;
  /** All logged entries of this collector, any channel. */
  entries: number;
  /** Breaches that name at least one of this collector's entries in `entryIds`. */
  breaches: number;
  /** This collector's entries that appear in any breach's `entryIds`. */
  flaggedEntries: number;
}

export interface ConductReport {
  ruleSet: { slug: string; version: number; jurisdiction: RuleSet['jurisdiction']; disclaimer: Bilingual };
  breaches: Breach[];
  perCollector: CollectorSummary[];
}
