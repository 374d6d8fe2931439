import { describe, expect, it } from 'vitest';
import { builtInRuleSets, findBuiltInRuleSet } from '@/lib/conduct/rule-sets';
import { RULE_SET_LIMITS, validateRuleSet } from '@/lib/conduct/validate-rule-set';
import { AppError } from '@/lib/errors';

/** A built-in rule set as a moderator would see it: plain JSON. */
const asJson = (slug: string) => JSON.parse(JSON.stringify(findBuiltInRuleSet(slug))) as Record<string, unknown> & { rules: Record<string, unknown>[] };

function fieldErrorsOf(input: unknown) {
  try {
    validateRuleSet(input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_input');
    return (error as AppError).fieldErrors!;
  }
  throw new Error('expected invalid_input');
}

/** The Shanghai quiet-hours rule of the CN set, edited. */
function withQuietHoursParams(params: Record<string, unknown>) {
  const set = asJson('cn-internet-finance-collection');
  set.rules[1] = { ...set.rules[1], params };
  return set;
}

describe('accepting rule sets', () => {
  it.each(builtInRuleSets.map((set) => [set.slug, set] as const))('accepts the built-in %s unchanged', (_slug, set) => {
    expect(validateRuleSet(JSON.parse(JSON.stringify(set)))).toEqual(set);
  });

  it('trims text a moderator pasted with spaces', () => {
    const set = asJson('us-regulation-f');
    set.title = { zh: '  美国规则 ', en: ' US rules\n' };
    expect(validateRuleSet(set).title).toEqual({ zh: '美国规则', en: 'US rules' });
  });

  it('accepts a new version with a stricter limit and no URL', () => {
    const set = asJson('cn-internet-finance-collection');
    set.version = 2;
    set.rules[0] = { ...set.rules[0], params: { limit: 2, scope: 'collector' } };
    const { url: _url, ...source } = (set.rules[3] as { source: Record<string, unknown> }).source;
    set.rules[3] = { ...set.rules[3], source };
    const parsed = validateRuleSet(set);
    expect(parsed.version).toBe(2);
    expect(parsed.rules[0]!.params).toEqual({ limit: 2, scope: 'collector' });
  });
});

describe('refusing bad rule sets', () => {
  it('refuses what is not a rule set at all', () => {
    expect(fieldErrorsOf(null)).toHaveProperty('_form');
    expect(fieldErrorsOf([])).toHaveProperty('_form');
  });

  it('refuses an unknown kind', () => {
    const set = asJson('us-regulation-f');
    set.rules[0] = { ...set.rules[0], kind: 'max_calls_per_hour' };
    expect(fieldErrorsOf(set)).toEqual({ 'rules.0.kind': ['unknown_kind'] });
  });

  it('refuses the params of another kind and unknown keys', () => {
    expect(fieldErrorsOf(withQuietHoursParams({ limit: 3, scope: 'institution' }))).toMatchObject({
      'rules.1.params.start': ['required'],
      'rules.1.params.end': ['required'],
      'rules.1.params.channels': ['invalid'],
      'rules.1.params.exemptWhenAgreed': ['invalid'],
    });
    const set = asJson('cn-internet-finance-collection');
    set.rules[0] = { ...set.rules[0], params: { limit: 3, scope: 'institution', limt: 4 } };
    set.extra = true;
    expect(Object.keys(fieldErrorsOf(set)).sort()).toEqual(['_form', 'rules.0.params']);
  });

  it.each([
    ['24:00', 'invalid_time'],
    ['7:00', 'invalid_time'],
    ['22:60', 'invalid_time'],
  ])('refuses the clock time %s', (start, code) => {
    const params = { start, end: '08:00', channels: ['call'], exemptWhenAgreed: true };
    expect(fieldErrorsOf(withQuietHoursParams(params))).toEqual({ 'rules.1.params.start': [code] });
  });

  it('refuses quiet hours that start where they end and allowed hours that end before they start', () => {
    expect(fieldErrorsOf(withQuietHoursParams({ start: '22:00', end: '22:00', channels: ['call'], exemptWhenAgreed: true }))).toEqual({
      'rules.1.params.end': ['same_as_start'],
    });
    const set = asJson('us-regulation-f');
    set.rules[1] = { ...set.rules[1], params: { start: '21:00', end: '08:00', channels: ['call'], exemptWhenAgreed: true } };
    expect(fieldErrorsOf(set)).toEqual({ 'rules.1.params.end': ['not_after_start'] });
  });

  it('refuses unknown and repeated channels, categories and third parties', () => {
    expect(fieldErrorsOf(withQuietHoursParams({ start: '22:00', end: '08:00', channels: ['call', 'call'], exemptWhenAgreed: true }))).toEqual({
      'rules.1.params.channels': ['duplicate'],
    });
    expect(fieldErrorsOf(withQuietHoursParams({ start: '22:00', end: '08:00', channels: ['fax'], exemptWhenAgreed: true }))).toEqual({
      'rules.1.params.channels.0': ['invalid'],
    });
    const set = asJson('cn-banking-collection');
    set.rules[0] = { ...set.rules[0], params: { thirdParties: [] } };
    set.rules[1] = { ...set.rules[1], params: { categories: ['threat', 'shouting'] } };
    expect(fieldErrorsOf(set)).toEqual({
      'rules.0.params.thirdParties': ['required'],
      'rules.1.params.categories.1': ['invalid'],
    });
  });

  it('refuses counts out of range', () => {
    const set = asJson('us-regulation-f');
    set.version = 0;
    set.rules[0] = { ...set.rules[0], params: { limit: 7.5, days: RULE_SET_LIMITS.windowDaysMax + 1, scope: 'everyone' } };
    expect(fieldErrorsOf(set)).toEqual({
      version: ['too_small:1'],
      'rules.0.params.limit': ['invalid'],
      'rules.0.params.days': [`too_big:${RULE_SET_LIMITS.windowDaysMax}`],
      'rules.0.params.scope': ['invalid'],
    });
  });

  it('refuses duplicate rule ids, bad slugs and impossible dates', () => {
    const set = asJson('cn-internet-finance-collection');
    set.slug = 'CN Rules';
    set.rules[2] = { ...set.rules[2], id: set.rules[0]!.id, checkedOn: '2026-02-30' };
    expect(fieldErrorsOf(set)).toEqual({
      slug: ['invalid_slug'],
      'rules.2.checkedOn': ['invalid_date'],
      'rules.2.id': ['duplicate'],
    });
  });

  it('refuses over-long or empty text, plain-http sources and a set without rules', () => {
    const set = asJson('us-regulation-f');
    const rule = set.rules[0] as { summary: { zh: string; en: string }; source: Record<string, unknown> };
    set.rules[0] = {
      ...rule,
      summary: { zh: '字'.repeat(RULE_SET_LIMITS.summaryMax + 1), en: '   ' },
      source: { ...rule.source, url: 'http://www.ecfr.gov/' },
    };
    expect(fieldErrorsOf(set)).toEqual({
      'rules.0.summary.zh': [`too_long:${RULE_SET_LIMITS.summaryMax}`],
      'rules.0.summary.en': ['required'],
      'rules.0.source.url': ['invalid_url'],
    });
    expect(fieldErrorsOf({ ...asJson('us-regulation-f'), rules: [] })).toEqual({ rules: ['required'] });
  });

  it('refuses a disclaimer in only one language', () => {
    const set = asJson('cn-banking-collection');
    set.disclaimer = { zh: '仅供参考，不构成法律意见。' };
    expect(fieldErrorsOf(set)).toEqual({ 'disclaimer.en': ['required'] });
  });
});
