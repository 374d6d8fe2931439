import { AppError, type FieldErrors } from '../errors';
import { clockTimeToMs, dateOfDayNumber, isValidTimeZone, localMoment, type LocalMoment } from './local-time';
import {
  channels,
  conductCategories,
  thirdPartyKinds,
  type AllowedHoursRule,
  type Bilingual,
  type Breach,
  type BreachDetail,
  type Collector,
  type CollectorSummary,
  type ConductCategory,
  type ConductEntry,
  type ConductReport,
  type CountScope,
  type ForbiddenConductRule,
  type MaxCallsInRollingDaysRule,
  type MaxConnectedCallsPerLocalDayRule,
  type NoThirdPartyContactRule,
  type QuietHoursRule,
  type Rule,
  type RuleSet,
  type ThirdPartyKind,
} from './types';

/**
 * Checks a member's collection-conduct log against one rule set and lists the
 * possible breaches, each with its rule, source and the entries that trigger
 * it, plus counts per collector.
 *
 * Semantics (each rule's own doc in types.ts has the boundaries):
 * - Local dates and times are the debtor's wall clock in each entry's own
 *   `timeZone`, so two entries on the same UTC day can fall on different
 *   local days, and daylight-saving changes move nothing.
 * - "Calls" are entries with channel 'call' that reached the debtor, i.e.
 *   without `thirdParty`; a call to a relative is a third-party contact, not
 *   a call to the debtor.
 * - Counting rules group by institution (lenderKey: the lender and all its
 *   agencies together) or by collector (lenderKey + agency), as the rule says.
 * - A third-party contact is channel 'third_party' or any entry with
 *   `thirdParty` set; without a kind it counts as 'other'.
 *
 * Output order is deterministic: breaches by rule order in the set, then by
 * their first entry in time (ties by id), then collector key; collectors by
 * lenderKey, then agency, the lender's own staff first.
 */
export function checkConduct(entries: readonly ConductEntry[], ruleSet: RuleSet): ConductReport {
  assertValidEntries(entries);
  const log = entries.map(prepare).sort((a, b) => a.at - b.at || a.entry.id - b.entry.id);
  const position = new Map(log.map((p, index) => [p.entry.id, index]));

  const found: { ruleIndex: number; first: number; breach: Breach }[] = [];
  ruleSet.rules.forEach((rule, ruleIndex) => {
    for (const breach of evaluate(rule, log)) {
      const first = Math.min(...breach.entryIds.map((id) => position.get(id)!));
      found.push({ ruleIndex, first, breach });
    }
  });
  found.sort(
    (a, b) => a.ruleIndex - b.ruleIndex || a.first - b.first || compareStrings(a.breach.collectorKey, b.breach.collectorKey),
  );
  const breaches = found.map((f) => f.breach);

  return {
    ruleSet: {
      slug: ruleSet.slug,
      version: ruleSet.version,
      jurisdiction: ruleSet.jurisdiction,
      disclaimer: ruleSet.disclaimer,
    },
    breaches,
    perCollector: summarizeCollectors(log, breaches),
  };
}

/** The most entries one check takes; a member's log is far smaller. */
export const MAX_CONDUCT_ENTRIES = 5_000;

/**
 * The key of one collector: the lenderKey alone for the lender's own staff,
 * `lenderKey/agency` for an agency, the agency name folded (NFKC, trimmed,
 * spaces collapsed, lower-cased) so the same agency typed twice is one
 * collector. Lender keys are taxonomy slugs and contain no '/'.
 */
export function collectorKeyOf(collector: Collector): string {
  const agency = agencyKeyOf(collector.agency);
  const lender = collector.lenderKey.trim();
  return agency === undefined ? lender : `${lender}/${agency}`;
}

// ---- Preparation ------------------------------------------------------------

const MS_PER_DAY = 86_400_000;

interface Prepared {
  entry: ConductEntry;
  at: number;
  local: LocalMoment;
  lenderKey: string;
  collectorKey: string;
}

function prepare(entry: ConductEntry): Prepared {
  return {
    entry,
    at: entry.occurredAt.getTime(),
    local: localMoment(entry.occurredAt, entry.timeZone),
    lenderKey: entry.collector.lenderKey.trim(),
    collectorKey: collectorKeyOf(entry.collector),
  };
}

function agencyKeyOf(agency: string | undefined): string | undefined {
  const key = agency?.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return key ? key : undefined;
}

function isThirdPartyContact(entry: ConductEntry): boolean {
  return entry.channel === 'third_party' || entry.thirdParty !== undefined;
}

function isCallToDebtor(entry: ConductEntry): boolean {
  return entry.channel === 'call' && !isThirdPartyContact(entry);
}

function scopeKey(p: Prepared, scope: CountScope): string {
  return scope === 'institution' ? p.lenderKey : p.collectorKey;
}

/** Entries come from the member's log (stored rows or an import); refuse what the rules cannot read. */
function assertValidEntries(entries: readonly ConductEntry[]): void {
  const errors: FieldErrors = {};
  const fail = (path: string, code: string) => (errors[path] ??= []).push(code);
  if (entries.length > MAX_CONDUCT_ENTRIES) fail('entries', `too_many:${MAX_CONDUCT_ENTRIES}`);
  const seen = new Set<number>();
  entries.forEach((entry, i) => {
    const at = `entries.${i}`;
    if (!Number.isSafeInteger(entry.id)) fail(`${at}.id`, 'invalid');
    else if (seen.has(entry.id)) fail(`${at}.id`, 'duplicate');
    else seen.add(entry.id);
    if (!(entry.occurredAt instanceof Date) || !Number.isFinite(entry.occurredAt.getTime())) {
      fail(`${at}.occurredAt`, 'invalid');
    }
    if (!isValidTimeZone(entry.timeZone)) fail(`${at}.timeZone`, 'invalid_time_zone');
    if (!channels.includes(entry.channel)) fail(`${at}.channel`, 'invalid');
    if (entry.thirdParty !== undefined && !thirdPartyKinds.includes(entry.thirdParty)) {
      fail(`${at}.thirdParty`, 'invalid');
    }
    if (typeof entry.collector?.lenderKey !== 'string' || !entry.collector.lenderKey.trim()) {
      fail(`${at}.collector.lenderKey`, 'required');
    }
    if (entry.collector?.agency !== undefined && typeof entry.collector.agency !== 'string') {
      fail(`${at}.collector.agency`, 'invalid');
    }
    if (!Array.isArray(entry.categories) || !entry.categories.every((c) => conductCategories.includes(c))) {
      fail(`${at}.categories`, 'invalid');
    }
  });
  if (Object.keys(errors).length > 0) throw new AppError('invalid_input', errors, 'invalid conduct log');
}

// ---- Rules ------------------------------------------------------------------

function evaluate(rule: Rule, log: readonly Prepared[]): Breach[] {
  switch (rule.kind) {
    case 'max_connected_calls_per_local_day':
      return connectedCallsPerLocalDay(rule, log);
    case 'quiet_hours':
      return quietHours(rule, log);
    case 'allowed_hours':
      return allowedHours(rule, log);
    case 'no_third_party_contact':
      return thirdPartyContacts(rule, log);
    case 'forbidden_conduct':
      return forbiddenConduct(rule, log);
    case 'max_calls_in_rolling_days':
      return callsInRollingDays(rule, log);
    default: {
      const unknown: never = rule;
      throw new Error(`unknown rule kind ${(unknown as Rule).kind}`);
    }
  }
}

function breachOf(
  rule: Rule,
  group: { collectorKey: string; lenderKey: string },
  entries: readonly Prepared[],
  detail: BreachDetail,
  explanation: Bilingual,
): Breach {
  return {
    ruleId: rule.id,
    rule: { id: rule.id, kind: rule.kind, title: rule.title, source: rule.source, checkedOn: rule.checkedOn },
    collectorKey: group.collectorKey,
    lenderKey: group.lenderKey,
    entryIds: entries.map((p) => p.entry.id),
    detail,
    explanation,
  };
}

function groupBy(log: readonly Prepared[], keep: (p: Prepared) => boolean, key: (p: Prepared) => string): Prepared[][] {
  // Map keeps insertion order, and the log is in time order: groups come out by their first entry.
  const groups = new Map<string, Prepared[]>();
  for (const p of log) {
    if (!keep(p)) continue;
    const k = key(p);
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  return [...groups.values()];
}

function connectedCallsPerLocalDay(rule: MaxConnectedCallsPerLocalDayRule, log: readonly Prepared[]): Breach[] {
  const { limit, scope } = rule.params;
  // One institution and the agencies it hires share one daily budget when scope is 'institution'.
  const days = groupBy(
    log,
    (p) => isCallToDebtor(p.entry) && p.entry.connected === true,
    (p) => `${scopeKey(p, scope)}\u0000${p.local.date}`,
  );
  return days
    .filter((calls) => calls.length > limit)
    .map((calls) => {
      const first = calls[0]!;
      const excess = calls.slice(limit);
      const localDate = first.local.date;
      return breachOf(
        rule,
        { collectorKey: scopeKey(first, scope), lenderKey: first.lenderKey },
        excess,
        { kind: rule.kind, localDate, limit, count: calls.length, dayEntryIds: calls.map((p) => p.entry.id) },
        {
          zh: `${localDate}（债务人当地日期）共接通 ${calls.length} 次催收电话，超过每天 ${limit} 次；第 ${limit + 1} 次起的电话被标出。`,
          en: `${calls.length} collection calls were connected on ${localDate} (the debtor's local date), more than ${limit} a day; calls from number ${limit + 1} on are flagged.`,
        },
      );
    });
}

function hoursRuleApplies(rule: QuietHoursRule | AllowedHoursRule, p: Prepared): boolean {
  if (!rule.params.channels.includes(p.entry.channel)) return false;
  // An agreement the member recorded lifts the time limit, as both sources allow.
  return !(rule.params.exemptWhenAgreed && p.entry.agreedToContactAtNight === true);
}

function hoursDetail(rule: QuietHoursRule | AllowedHoursRule, p: Prepared): BreachDetail {
  const { start, end } = rule.params;
  return { kind: rule.kind, localDate: p.local.date, localTime: p.local.time, timeZone: p.entry.timeZone, start, end };
}

function quietHours(rule: QuietHoursRule, log: readonly Prepared[]): Breach[] {
  const { start, end } = rule.params;
  const from = clockTimeToMs(start);
  const until = clockTimeToMs(end);
  // [start, end): the start minute is inside the quiet hours, the end minute is not.
  const inside = (ms: number) => (from < until ? ms >= from && ms < until : ms >= from || ms < until);
  return log
    .filter((p) => hoursRuleApplies(rule, p) && inside(p.local.msOfDay))
    .map((p) =>
      breachOf(rule, p, [p], hoursDetail(rule, p), {
        zh: `债务人当地时间 ${p.local.date} ${p.local.time} 被联系，落在 ${start} 至 ${end} 的休息时段内，且没有记录事先约定。`,
        en: `Contact at ${p.local.time} on ${p.local.date}, the debtor's local time, falls inside the ${start}–${end} quiet hours, and no agreement was recorded.`,
      }),
    );
}

function allowedHours(rule: AllowedHoursRule, log: readonly Prepared[]): Breach[] {
  const { start, end } = rule.params;
  const from = clockTimeToMs(start);
  const until = clockTimeToMs(end);
  // "Before 8:00 a.m. and after 9:00 p.m.": both named minutes are allowed, anything past 21:00:00 is not.
  const outside = (ms: number) => ms < from || ms > until;
  return log
    .filter((p) => hoursRuleApplies(rule, p) && outside(p.local.msOfDay))
    .map((p) =>
      breachOf(rule, p, [p], hoursDetail(rule, p), {
        zh: `债务人当地时间 ${p.local.date} ${p.local.time} 被联系：早于 ${start} 或晚于 ${end} 的联系被推定为不便，且没有记录事先同意。`,
        en: `Contact at ${p.local.time} on ${p.local.date}, the debtor's local time: contact before ${start} or after ${end} is presumed inconvenient, and no prior consent was recorded.`,
      }),
    );
}

const thirdPartyNames: Record<ThirdPartyKind, Bilingual> = {
  family: { zh: '家人', en: 'a family member' },
  employer: { zh: '工作单位', en: 'the employer' },
  contacts: { zh: '通讯录联系人', en: 'phone contacts' },
  other: { zh: '其他人', en: 'someone else' },
};

function thirdPartyContacts(rule: NoThirdPartyContactRule, log: readonly Prepared[]): Breach[] {
  return log
    .filter((p) => isThirdPartyContact(p.entry) && rule.params.thirdParties.includes(p.entry.thirdParty ?? 'other'))
    .map((p) => {
      const thirdParty = p.entry.thirdParty ?? 'other';
      const who = thirdPartyNames[thirdParty];
      return breachOf(rule, p, [p], { kind: rule.kind, thirdParty }, {
        zh: `催收方联系了债务人以外的人（${who.zh}）。`,
        en: `The collector contacted someone other than the debtor (${who.en}).`,
      });
    });
}

const categoryNames: Record<ConductCategory, Bilingual> = {
  threat: { zh: '威胁恐吓', en: 'threats' },
  insult: { zh: '辱骂侮辱', en: 'insults' },
  impersonation: { zh: '冒充身份', en: 'impersonation' },
  disclosure: { zh: '泄露债务信息', en: 'disclosing the debt to others' },
  borrow_elsewhere: { zh: '诱导借新还旧', en: 'pressure to borrow elsewhere' },
  violence: { zh: '暴力', en: 'violence' },
  other: { zh: '其他', en: 'other conduct' },
};

function forbiddenConduct(rule: ForbiddenConductRule, log: readonly Prepared[]): Breach[] {
  return log.flatMap((p) => {
    // Canonical order, so the same entry always reads the same way.
    const categories = conductCategories.filter((c) => rule.params.categories.includes(c) && p.entry.categories.includes(c));
    if (categories.length === 0) return [];
    return [
      breachOf(rule, p, [p], { kind: rule.kind, categories }, {
        zh: `记录中的行为：${categories.map((c) => categoryNames[c].zh).join('、')}。`,
        en: `Recorded conduct: ${categories.map((c) => categoryNames[c].en).join(', ')}.`,
      }),
    ];
  });
}

function callsInRollingDays(rule: MaxCallsInRollingDaysRule, log: readonly Prepared[]): Breach[] {
  const { limit, days, scope } = rule.params;
  // Every placed call counts, answered or not; "N consecutive days" are local
  // calendar days, so the window of a call on day D is D-(N-1) … D.
  const groups = groupBy(log, (p) => isCallToDebtor(p.entry), (p) => scopeKey(p, scope));
  const found: Breach[] = [];
  for (const calls of groups) {
    calls.forEach((call, i) => {
      const last = call.local.dayNumber;
      const first = last - days + 1;
      // Earlier calls in time order whose local date is in the window. Every
      // zone's local date is within a day of the UTC date, so nothing placed
      // more than days + 2 days earlier can be in it: stop looking there.
      const earliest = call.at - (days + 2) * MS_PER_DAY;
      const window: Prepared[] = [];
      for (let j = i; j >= 0 && calls[j]!.at >= earliest; j -= 1) {
        const day = calls[j]!.local.dayNumber;
        if (day >= first && day <= last) window.push(calls[j]!);
      }
      window.reverse();
      if (window.length <= limit) return;
      const windowStart = dateOfDayNumber(first);
      const windowEnd = call.local.date;
      found.push(
        breachOf(
          rule,
          { collectorKey: scopeKey(call, scope), lenderKey: call.lenderKey },
          [call],
          { kind: rule.kind, limit, days, count: window.length, windowStart, windowEnd, windowEntryIds: window.map((c) => c.entry.id) },
          {
            zh: `${windowStart} 至 ${windowEnd}（债务人当地日期，连续 ${days} 天）共拨打 ${window.length} 次电话，超过 ${limit} 次。`,
            en: `${window.length} calls were placed from ${windowStart} to ${windowEnd} (the debtor's local dates, ${days} consecutive days), more than ${limit}.`,
          },
        ),
      );
    });
  }
  return found;
}

// ---- Per collector ----------------------------------------------------------

function compareStrings(a: string, b: string): number {
  // Code-unit order: the same on every machine and locale.
  return a < b ? -1 : a > b ? 1 : 0;
}

function summarizeCollectors(log: readonly Prepared[], breaches: readonly Breach[]): CollectorSummary[] {
  const byKey = new Map<string, CollectorSummary & { agencyKey: string }>();
  const collectorOfEntry = new Map<number, string>();
  for (const p of log) {
    collectorOfEntry.set(p.entry.id, p.collectorKey);
    const summary = byKey.get(p.collectorKey);
    if (summary) {
      summary.entries += 1;
      continue;
    }
    const agencyKey = agencyKeyOf(p.entry.collector.agency);
    byKey.set(p.collectorKey, {
      collectorKey: p.collectorKey,
      lenderKey: p.lenderKey,
      ...(agencyKey === undefined ? {} : { agency: p.entry.collector.agency!.trim() }),
      entries: 1,
      breaches: 0,
      flaggedEntries: 0,
      agencyKey: agencyKey ?? '',
    });
  }

  const flagged = new Set<number>();
  for (const breach of breaches) {
    const collectors = new Set<string>();
    for (const id of breach.entryIds) {
      collectors.add(collectorOfEntry.get(id)!);
      flagged.add(id);
    }
    for (const key of collectors) byKey.get(key)!.breaches += 1;
  }
  for (const id of flagged) byKey.get(collectorOfEntry.get(id)!)!.flaggedEntries += 1;

  return [...byKey.values()]
    .sort((a, b) => compareStrings(a.lenderKey, b.lenderKey) || compareStrings(a.agencyKey, b.agencyKey))
    .map(({ agencyKey: _agencyKey, ...summary }) => summary);
}
