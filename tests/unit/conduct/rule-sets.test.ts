import { describe, expect, it } from 'vitest';
import { builtInRuleSets, findBuiltInRuleSet } from '@/lib/conduct/rule-sets';
import { ruleKinds } from '@/lib/conduct/types';

describe('built-in rule sets', () => {
  it('are the three the issue asks for, each at version 1', () => {
    expect(builtInRuleSets.map((set) => [set.slug, set.version, set.jurisdiction, set.language])).toEqual([
      ['cn-internet-finance-collection', 1, 'CN', 'zh'],
      ['cn-banking-collection', 1, 'CN', 'zh'],
      ['us-regulation-f', 1, 'US', 'en'],
    ]);
    expect(findBuiltInRuleSet('us-regulation-f')?.title.en).toBe('US Regulation F (debt collection)');
    expect(findBuiltInRuleSet('nope')).toBeNull();
  });

  it('say in both languages that they are information, not legal advice', () => {
    for (const set of builtInRuleSets) {
      expect(set.disclaimer.zh).toContain('不构成法律意见');
      expect(set.disclaimer.en).toContain('not legal advice');
    }
  });

  it('give every rule a source, a check date and texts in both languages', () => {
    for (const rule of builtInRuleSets.flatMap((set) => set.rules)) {
      expect(rule.source.title, rule.id).not.toBe('');
      expect(rule.source.publisher, rule.id).not.toBe('');
      expect(rule.source.citation, rule.id).not.toBe('');
      expect(rule.checkedOn, rule.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rule.title.zh && rule.title.en && rule.summary.zh && rule.summary.en, rule.id).toBeTruthy();
    }
  });

  it('cover every rule kind between them', () => {
    const kinds = new Set(builtInRuleSets.flatMap((set) => set.rules.map((rule) => rule.kind)));
    expect([...kinds].sort()).toEqual([...ruleKinds].sort());
  });

  it('hold the numbers of their sources', () => {
    const cn = findBuiltInRuleSet('cn-internet-finance-collection')!;
    expect(cn.rules.map((rule) => [rule.id, rule.params])).toEqual([
      ['cn-if-connected-calls-per-day', { limit: 3, scope: 'institution' }],
      ['cn-if-quiet-hours', { start: '22:00', end: '08:00', channels: ['call', 'message', 'home_visit', 'third_party'], exemptWhenAgreed: true }],
      ['cn-if-debtor-only', { thirdParties: ['family', 'employer', 'contacts', 'other'] }],
      ['cn-if-no-abusive-conduct', { categories: ['violence', 'threat', 'insult'] }],
      ['cn-if-no-disclosure', { categories: ['disclosure'] }],
    ]);
    const us = findBuiltInRuleSet('us-regulation-f')!;
    expect(us.rules.find((rule) => rule.id === 'us-regf-7-in-7')?.params).toEqual({ limit: 7, days: 7, scope: 'collector' });
    expect(us.rules.find((rule) => rule.id === 'us-regf-inconvenient-times')?.params).toMatchObject({ start: '08:00', end: '21:00' });
  });

  it('mark the guideline rules known only from summaries as such', () => {
    const cn = findBuiltInRuleSet('cn-internet-finance-collection')!;
    for (const id of ['cn-if-connected-calls-per-day', 'cn-if-quiet-hours', 'cn-if-debtor-only']) {
      const rule = cn.rules.find((r) => r.id === id)!;
      expect(rule.summary.zh).toContain('常见概括');
      expect(rule.summary.en).toContain('As commonly summarized');
    }
  });

  it('cite Regulation F by section on the official eCFR', () => {
    for (const rule of findBuiltInRuleSet('us-regulation-f')!.rules) {
      expect(rule.source.url).toMatch(/^https:\/\/www\.ecfr\.gov\/current\/title-12\/chapter-X\/part-1006\/section-1006\.\d+$/);
      expect(rule.source.citation).toMatch(/^12 CFR 1006\./);
    }
  });
});
