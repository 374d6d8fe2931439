import { describe, expect, it } from 'vitest';
import { checkConduct, collectorKeyOf, MAX_CONDUCT_ENTRIES } from '@/lib/conduct/check-conduct';
import { findBuiltInRuleSet } from '@/lib/conduct/rule-sets';
import type { ConductEntry, RuleSet } from '@/lib/conduct/types';
import { AppError } from '@/lib/errors';
import { entry, onlyRule } from './log';

const cnInternet = findBuiltInRuleSet('cn-internet-finance-collection')!;
const cnBanking = findBuiltInRuleSet('cn-banking-collection')!;
const regF = findBuiltInRuleSet('us-regulation-f')!;

/** Two-digit hour for ISO strings. */
const hh = (hour: number) => String(hour).padStart(2, '0');

const flagged = (entries: ConductEntry[], ruleSet: RuleSet) => checkConduct(entries, ruleSet).breaches.flatMap((b) => b.entryIds);

describe('CN quiet hours 22:00–08:00 (Asia/Shanghai)', () => {
  const quiet = onlyRule(cnInternet, 'cn-if-quiet-hours');

  it.each([
    ['21:59:59', '2026-03-10T21:59:59+08:00', false],
    ['22:00:00', '2026-03-10T22:00:00+08:00', true],
    ['00:00:00', '2026-03-11T00:00:00+08:00', true],
    ['07:59:59', '2026-03-11T07:59:59+08:00', true],
    ['08:00:00', '2026-03-11T08:00:00+08:00', false],
  ])('a call at %s local is flagged: %s', (_label, at, breach) => {
    expect(flagged([entry(1, at)], quiet)).toEqual(breach ? [1] : []);
  });

  it('reports the local date and time of the breach', () => {
    const [breach] = checkConduct([entry(1, '2026-03-10T14:00:00Z')], quiet).breaches;
    expect(breach).toMatchObject({
      ruleId: 'cn-if-quiet-hours',
      collectorKey: 'lender-a',
      entryIds: [1],
      detail: { kind: 'quiet_hours', localDate: '2026-03-10', localTime: '22:00:00', timeZone: 'Asia/Shanghai', start: '22:00', end: '08:00' },
    });
    expect(breach!.rule.source.publisher).toContain('中国互联网金融协会');
    expect(breach!.explanation.zh).toContain('22:00:00');
  });

  it('judges the same instant by the debtor’s own zone', () => {
    // 14:30Z is 22:30 in Shanghai but 10:30 in New York.
    const entries = [entry(1, '2026-03-10T14:30:00Z'), entry(2, '2026-03-10T14:30:00Z', { timeZone: 'America/New_York' })];
    expect(flagged(entries, quiet)).toEqual([1]);
  });

  it('exempts a contact the debtor agreed to', () => {
    expect(flagged([entry(1, '2026-03-10T23:30:00+08:00', { agreedToContactAtNight: true })], quiet)).toEqual([]);
  });

  it('covers messages, visits and third-party contacts but not letters', () => {
    const at = '2026-03-10T23:00:00+08:00';
    const entries = [
      entry(1, at, { channel: 'message' }),
      entry(2, at, { channel: 'home_visit' }),
      entry(3, at, { channel: 'third_party', thirdParty: 'family' }),
      entry(4, at, { channel: 'letter' }),
    ];
    expect(flagged(entries, quiet)).toEqual([1, 2, 3]);
  });
});

describe('CN connected calls per local day (limit 3 per institution)', () => {
  const daily = onlyRule(cnInternet, 'cn-if-connected-calls-per-day');

  it('allows the 3rd connected call of a day and flags the 4th and later', () => {
    const three = [9, 10, 11].map((h, i) => entry(i + 1, `2026-03-10T${hh(h)}:00:00+08:00`));
    expect(checkConduct(three, daily).breaches).toEqual([]);

    const five = [...three, entry(4, '2026-03-10T15:00:00+08:00'), entry(5, '2026-03-10T16:00:00+08:00')];
    const { breaches } = checkConduct(five, daily);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({
      ruleId: 'cn-if-connected-calls-per-day',
      collectorKey: 'lender-a',
      lenderKey: 'lender-a',
      entryIds: [4, 5],
      detail: { kind: 'max_connected_calls_per_local_day', localDate: '2026-03-10', limit: 3, count: 5, dayEntryIds: [1, 2, 3, 4, 5] },
    });
  });

  it('counts by local day: the same four UTC instants breach in New York but not in Shanghai', () => {
    // All on 2026-03-10 UTC. Shanghai: 21:00, 22:00, 23:00 on the 10th, then 01:00 on the 11th.
    // New York (EDT): 09:00, 10:00, 11:00 and 13:00, all on the 10th.
    const instants = ['2026-03-10T13:00:00Z', '2026-03-10T14:00:00Z', '2026-03-10T15:00:00Z', '2026-03-10T17:00:00Z'];
    const shanghai = instants.map((at, i) => entry(i + 1, at));
    const newYork = instants.map((at, i) => entry(i + 1, at, { timeZone: 'America/New_York' }));
    expect(checkConduct(shanghai, daily).breaches).toEqual([]);
    expect(checkConduct(newYork, daily).breaches.map((b) => [b.entryIds, b.detail])).toEqual([
      [[4], expect.objectContaining({ localDate: '2026-03-10', count: 4 })],
    ]);
  });

  it('puts calls on two UTC days into one Shanghai day', () => {
    // 2026-03-11 in Shanghai runs from 2026-03-10T16:00Z to 2026-03-11T16:00Z.
    const entries = ['2026-03-10T16:00:00Z', '2026-03-10T23:00:00Z', '2026-03-11T02:00:00Z', '2026-03-11T15:59:59Z'].map((at, i) =>
      entry(i + 1, at),
    );
    expect(checkConduct(entries, daily).breaches.map((b) => [b.entryIds, b.detail])).toEqual([
      [[4], expect.objectContaining({ localDate: '2026-03-11', count: 4 })],
    ]);
    // One second later the 4th call is on the 12th.
    const nextDay = [...entries.slice(0, 3), entry(4, '2026-03-11T16:00:00Z')];
    expect(checkConduct(nextDay, daily).breaches).toEqual([]);
  });

  it('counts a lender and its agencies together, and different lenders apart', () => {
    const sameInstitution = [
      entry(1, '2026-03-10T09:00:00+08:00'),
      entry(2, '2026-03-10T10:00:00+08:00', { collector: { lenderKey: 'lender-a', agency: '甲催收公司' } }),
      entry(3, '2026-03-10T11:00:00+08:00', { collector: { lenderKey: 'lender-a', agency: '乙催收公司' } }),
      entry(4, '2026-03-10T12:00:00+08:00', { collector: { lenderKey: 'lender-a', agency: '乙催收公司' } }),
    ];
    expect(checkConduct(sameInstitution, daily).breaches.map((b) => [b.collectorKey, b.entryIds])).toEqual([['lender-a', [4]]]);

    const twoLenders = [
      ...[9, 10, 11].map((h, i) => entry(i + 1, `2026-03-10T${hh(h)}:00:00+08:00`)),
      ...[9, 10, 11].map((h, i) => entry(i + 4, `2026-03-10T${hh(h)}:30:00+08:00`, { collector: { lenderKey: 'lender-b', agency: '甲催收公司' } })),
    ];
    expect(checkConduct(twoLenders, daily).breaches).toEqual([]);
  });

  it('does not count unconnected calls, calls of unknown outcome, or calls to other people', () => {
    const entries = [
      ...[9, 10, 11].map((h, i) => entry(i + 1, `2026-03-10T${hh(h)}:00:00+08:00`)),
      entry(4, '2026-03-10T12:00:00+08:00', { connected: false }),
      entry(5, '2026-03-10T13:00:00+08:00', { connected: undefined }),
      entry(6, '2026-03-10T14:00:00+08:00', { thirdParty: 'family' }),
      entry(7, '2026-03-10T15:00:00+08:00', { channel: 'message' }),
    ];
    expect(checkConduct(entries, daily).breaches).toEqual([]);
    // The next connected call to the debtor is the 4th that counts.
    expect(flagged([...entries, entry(8, '2026-03-10T16:00:00+08:00')], daily)).toEqual([8]);
  });
});

describe('third-party contacts', () => {
  const contacts = onlyRule(cnInternet, 'cn-if-debtor-only');

  it('flags family, employer and contacts and leaves calls to the debtor alone', () => {
    const at = '2026-03-10T10:00:00+08:00';
    const entries = [
      entry(1, at),
      entry(2, at, { channel: 'third_party', thirdParty: 'family' }),
      entry(3, at, { channel: 'third_party', thirdParty: 'employer' }),
      entry(4, at, { channel: 'call', thirdParty: 'contacts' }),
      entry(5, at, { channel: 'third_party' }),
    ];
    const { breaches } = checkConduct(entries, contacts);
    expect(breaches.map((b) => [b.entryIds, b.detail])).toEqual([
      [[2], { kind: 'no_third_party_contact', thirdParty: 'family' }],
      [[3], { kind: 'no_third_party_contact', thirdParty: 'employer' }],
      [[4], { kind: 'no_third_party_contact', thirdParty: 'contacts' }],
      [[5], { kind: 'no_third_party_contact', thirdParty: 'other' }],
    ]);
    expect(breaches[1]!.explanation).toEqual({ zh: '催收方联系了债务人以外的人（工作单位）。', en: 'The collector contacted someone other than the debtor (the employer).' });
  });

  it('is flagged under the banking rules with their source', () => {
    const { breaches } = checkConduct([entry(1, '2026-03-10T10:00:00+08:00', { channel: 'third_party', thirdParty: 'family' })], cnBanking);
    expect(breaches.map((b) => b.ruleId)).toEqual(['cn-bank-debtor-and-guarantor-only']);
    expect(breaches[0]!.rule.source.title).toBe('《商业银行信用卡业务监督管理办法》');
    expect(breaches[0]!.rule.source.citation).toContain('第六十八条');
  });

  it('is flagged under Regulation F', () => {
    const entries = [entry(1, '2026-03-10T10:00:00-04:00', { timeZone: 'America/New_York', channel: 'third_party', thirdParty: 'employer' })];
    expect(checkConduct(entries, onlyRule(regF, 'us-regf-third-parties')).breaches.map((b) => b.entryIds)).toEqual([[1]]);
  });
});

describe('forbidden conduct', () => {
  const at = '2026-03-10T10:00:00+08:00';

  it('flags violence, threats and insults in a canonical order', () => {
    const entries = [entry(1, at, { categories: ['insult', 'threat'] }), entry(2, at, { categories: ['violence'] })];
    const { breaches } = checkConduct(entries, onlyRule(cnInternet, 'cn-if-no-abusive-conduct'));
    expect(breaches.map((b) => [b.entryIds, b.detail])).toEqual([
      [[1], { kind: 'forbidden_conduct', categories: ['threat', 'insult'] }],
      [[2], { kind: 'forbidden_conduct', categories: ['violence'] }],
    ]);
    expect(breaches[0]!.explanation.zh).toBe('记录中的行为：威胁恐吓、辱骂侮辱。');
  });

  it('files each category under its own rule and ignores categories no rule lists', () => {
    const entries = [
      entry(1, at, { categories: ['disclosure'] }),
      entry(2, at, { categories: ['borrow_elsewhere', 'other'] }),
      entry(3, at, { categories: ['impersonation'] }),
    ];
    expect(checkConduct(entries, cnInternet).breaches.map((b) => [b.ruleId, b.entryIds])).toEqual([['cn-if-no-disclosure', [1]]]);
    expect(checkConduct(entries, cnBanking).breaches).toEqual([]);
    const us = entries.map((e) => ({ ...e, timeZone: 'America/Chicago' }));
    expect(checkConduct(us, regF).breaches.map((b) => [b.ruleId, b.entryIds])).toEqual([
      ['us-regf-no-false-identity', [3]],
      ['us-regf-no-disclosure', [1]],
    ]);
  });
});

describe('Regulation F: 7 calls within 7 consecutive days', () => {
  const sevenInSeven = onlyRule(regF, 'us-regf-7-in-7');
  const ny = (id: number, at: string, overrides: Partial<ConductEntry> = {}) =>
    entry(id, at, { timeZone: 'America/New_York', connected: false, collector: { lenderKey: 'lender-a', agency: 'Acme Recovery' }, ...overrides });

  it('allows 7 call attempts and flags the 8th', () => {
    const seven = [1, 2, 3, 4, 5, 6, 7].map((day) => ny(day, `2026-04-0${day}T10:00:00-04:00`));
    expect(checkConduct(seven, sevenInSeven).breaches).toEqual([]);
    const { breaches } = checkConduct([...seven, ny(8, '2026-04-07T15:00:00-04:00')], sevenInSeven);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({
      ruleId: 'us-regf-7-in-7',
      collectorKey: 'lender-a/acme recovery',
      entryIds: [8],
      detail: { kind: 'max_calls_in_rolling_days', limit: 7, days: 7, count: 8, windowStart: '2026-04-01', windowEnd: '2026-04-07', windowEntryIds: [1, 2, 3, 4, 5, 6, 7, 8] },
    });
  });

  it('counts calls whether or not they connected, and flags every call past the 7th', () => {
    const calls = Array.from({ length: 9 }, (_, i) => ny(i + 1, `2026-04-01T${String(9 + i).padStart(2, '0')}:00:00-04:00`, { connected: i % 2 === 0 }));
    expect(checkConduct(calls, sevenInSeven).breaches.map((b) => [b.entryIds, (b.detail as { count: number }).count])).toEqual([
      [[8], 8],
      [[9], 9],
    ]);
  });

  it('ends the window with the 7th local calendar day', () => {
    // The CFPB's own example: the period that starts Wednesday April 1 includes Tuesday April 7.
    const seven = Array.from({ length: 7 }, (_, i) => ny(i + 1, `2026-04-01T1${i}:00:00-04:00`));
    expect(flagged([...seven, ny(8, '2026-04-07T23:59:59-04:00')], sevenInSeven)).toEqual([8]);
    expect(flagged([...seven, ny(8, '2026-04-08T00:00:00-04:00')], sevenInSeven)).toEqual([]);
  });

  it('counts calendar days, not 168 hours, across the spring DST change', () => {
    // Seven calls at 08:00 PST on 1 March; the 8th at 08:30 PDT on 8 March is only
    // 167.5 hours later, but 1 and 8 March are eight calendar days apart.
    const la = (id: number, at: string) => entry(id, at, { timeZone: 'America/Los_Angeles', connected: false });
    const seven = Array.from({ length: 7 }, (_, i) => la(i + 1, `2026-03-01T08:0${i}:00-08:00`));
    expect(flagged([...seven, la(8, '2026-03-08T08:30:00-07:00')], sevenInSeven)).toEqual([]);
    expect(flagged([...seven, la(8, '2026-03-07T23:59:59-08:00')], sevenInSeven)).toEqual([8]);
  });

  it('counts each collector apart and ignores messages and third-party calls', () => {
    const agencyA = Array.from({ length: 4 }, (_, i) => ny(i + 1, `2026-04-01T1${i}:00:00-04:00`));
    const agencyB = Array.from({ length: 4 }, (_, i) =>
      ny(i + 5, `2026-04-02T1${i}:00:00-04:00`, { collector: { lenderKey: 'lender-a', agency: 'Second Agency' } }),
    );
    const others = [
      ny(9, '2026-04-03T10:00:00-04:00', { channel: 'message' }),
      ny(10, '2026-04-03T11:00:00-04:00', { thirdParty: 'employer' }),
    ];
    expect(checkConduct([...agencyA, ...agencyB, ...others], sevenInSeven).breaches).toEqual([]);
  });
});

describe('Regulation F: inconvenient times before 8:00 and after 21:00 (America/Los_Angeles)', () => {
  const hours = onlyRule(regF, 'us-regf-inconvenient-times');
  const la = (id: number, at: string, overrides: Partial<ConductEntry> = {}) => entry(id, at, { timeZone: 'America/Los_Angeles', ...overrides });

  it.each([
    // 8 March 2026: clocks go from 02:00 PST to 03:00 PDT.
    ['07:59:59 PDT on the DST day', '2026-03-08T14:59:59Z', true],
    ['08:00:00 PDT on the DST day', '2026-03-08T15:00:00Z', false],
    ['21:00:00 PDT on the DST day', '2026-03-09T04:00:00Z', false],
    ['21:00:01 PDT on the DST day', '2026-03-09T04:00:01Z', true],
    ['07:59:59 PST the day before', '2026-03-07T15:59:59Z', true],
    ['08:00:00 PST the day before', '2026-03-07T16:00:00Z', false],
    ['21:00:00 PST the day before', '2026-03-08T05:00:00Z', false],
    ['21:00:01 PST the day before', '2026-03-08T05:00:01Z', true],
  ])('%s is flagged: %s', (_label, at, breach) => {
    expect(flagged([la(1, at)], hours)).toEqual(breach ? [1] : []);
  });

  it('gives the same UTC time of day different verdicts on either side of the change', () => {
    // 15:30Z is 07:30 PST on 7 March and 08:30 PDT on 8 March.
    const entries = [la(1, '2026-03-07T15:30:00Z'), la(2, '2026-03-08T15:30:00Z')];
    const { breaches } = checkConduct(entries, hours);
    expect(breaches.map((b) => [b.entryIds, b.detail])).toEqual([
      [[1], { kind: 'allowed_hours', localDate: '2026-03-07', localTime: '07:30:00', timeZone: 'America/Los_Angeles', start: '08:00', end: '21:00' }],
    ]);
  });

  it('treats any fraction of a second after 21:00:00 as after 9 p.m.', () => {
    expect(flagged([la(1, '2026-03-09T04:00:00.001Z')], hours)).toEqual([1]);
  });

  it('exempts prior consent and does not apply to letters or third parties', () => {
    const night = '2026-03-10T06:30:00Z'; // 23:30 PDT on 9 March
    const entries = [
      la(1, night, { agreedToContactAtNight: true }),
      la(2, night, { channel: 'letter' }),
      la(3, night, { channel: 'third_party', thirdParty: 'employer' }),
      la(4, night, { channel: 'message' }),
    ];
    expect(flagged(entries, hours)).toEqual([4]);
  });
});

describe('per-collector counts', () => {
  const log = [
    // lender-a's own staff: four connected calls on 10 March, the 4th at 22:30.
    entry(1, '2026-03-10T09:00:00+08:00', { collector: { lenderKey: 'lender-a', name: '王经理' } }),
    entry(2, '2026-03-10T10:00:00+08:00'),
    // lender-a's agency, typed two ways: one collector.
    entry(3, '2026-03-10T11:00:00+08:00', { collector: { lenderKey: 'lender-a', agency: ' 好运 催收 ' } }),
    entry(4, '2026-03-10T22:30:00+08:00', { collector: { lenderKey: 'lender-a', agency: '好运  催收' }, categories: ['insult'] }),
    entry(5, '2026-03-12T10:00:00+08:00', { collector: { lenderKey: 'lender-a', agency: '好运 催收' }, channel: 'third_party', thirdParty: 'family' }),
    // lender-b: a clean letter.
    entry(6, '2026-03-12T10:00:00+08:00', { collector: { lenderKey: 'lender-b' }, channel: 'letter' }),
  ];

  it('counts entries, breaches and flagged entries per collector', () => {
    const report = checkConduct(log, cnInternet);
    expect(report.breaches.map((b) => [b.ruleId, b.collectorKey, b.entryIds])).toEqual([
      ['cn-if-connected-calls-per-day', 'lender-a', [4]],
      ['cn-if-quiet-hours', 'lender-a/好运 催收', [4]],
      ['cn-if-debtor-only', 'lender-a/好运 催收', [5]],
      ['cn-if-no-abusive-conduct', 'lender-a/好运 催收', [4]],
    ]);
    expect(report.perCollector).toEqual([
      { collectorKey: 'lender-a', lenderKey: 'lender-a', entries: 2, breaches: 0, flaggedEntries: 0 },
      { collectorKey: 'lender-a/好运 催收', lenderKey: 'lender-a', agency: '好运 催收', entries: 3, breaches: 4, flaggedEntries: 2 },
      { collectorKey: 'lender-b', lenderKey: 'lender-b', entries: 1, breaches: 0, flaggedEntries: 0 },
    ]);
    expect(report.ruleSet).toEqual({ slug: 'cn-internet-finance-collection', version: 1, jurisdiction: 'CN', disclaimer: cnInternet.disclaimer });
  });

  it('gives the same report whatever the order of the log', () => {
    const reversed = [...log].reverse();
    const shuffled = [log[3]!, log[0]!, log[5]!, log[2]!, log[4]!, log[1]!];
    const expected = checkConduct(log, cnInternet);
    expect(checkConduct(reversed, cnInternet)).toEqual(expected);
    expect(checkConduct(shuffled, cnInternet)).toEqual(expected);
  });

  it('orders same-instant entries by id', () => {
    const at = '2026-03-10T23:00:00+08:00';
    expect(flagged([entry(7, at), entry(3, at), entry(5, at)], onlyRule(cnInternet, 'cn-if-quiet-hours'))).toEqual([3, 5, 7]);
  });

  it('keys collectors by lender and folded agency name', () => {
    expect(collectorKeyOf({ lenderKey: 'lender-a' })).toBe('lender-a');
    expect(collectorKeyOf({ lenderKey: 'lender-a', agency: '   ' })).toBe('lender-a');
    expect(collectorKeyOf({ lenderKey: 'lender-a', agency: 'ＡＢＣ  Collections' })).toBe('lender-a/abc collections');
  });

  it('reports an empty log as nothing to report', () => {
    expect(checkConduct([], regF)).toEqual({
      ruleSet: { slug: 'us-regulation-f', version: 1, jurisdiction: 'US', disclaimer: regF.disclaimer },
      breaches: [],
      perCollector: [],
    });
  });
});

describe('refusing a log the rules cannot read', () => {
  const fieldErrorsOf = (entries: ConductEntry[]) => {
    try {
      checkConduct(entries, cnInternet);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('invalid_input');
      return (error as AppError).fieldErrors;
    }
    throw new Error('expected invalid_input');
  };

  it('names every bad field', () => {
    const at = '2026-03-10T10:00:00+08:00';
    expect(
      fieldErrorsOf([
        entry(1, at, { timeZone: 'Mars/Olympus_Mons' }),
        entry(1, 'not a date'),
        entry(3, at, { timeZone: '+08:00', collector: { lenderKey: ' ' } }),
      ]),
    ).toEqual({
      'entries.0.timeZone': ['invalid_time_zone'],
      'entries.1.id': ['duplicate'],
      'entries.1.occurredAt': ['invalid'],
      'entries.2.timeZone': ['invalid_time_zone'],
      'entries.2.collector.lenderKey': ['required'],
    });
  });

  it('refuses an oversized log', () => {
    const entries = Array.from({ length: MAX_CONDUCT_ENTRIES + 1 }, (_, i) => entry(i + 1, '2026-03-10T10:00:00+08:00'));
    expect(fieldErrorsOf(entries)).toEqual({ entries: [`too_many:${MAX_CONDUCT_ENTRIES}`] });
  });
});
