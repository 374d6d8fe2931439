import { z } from 'zod';
import { AppError } from '../errors';
import { toFieldErrors } from '../validation';
import { channels, conductCategories, countScopes, thirdPartyKinds, type RuleSet } from './types';

// Moderators will edit rule sets as JSON, each save a new version. This
// schema is the gate: every string is bounded, every kind and enum is known,
// each kind has exactly its own params, and unknown keys are refused (strict
// objects), so a typo such as "limt" is an error rather than a silently
// ignored field. Errors are message keys, as in the form schemas.

export const RULE_SET_LIMITS = {
  slugMax: 64,
  versionMax: 100_000,
  titleMax: 120,
  summaryMax: 1_000,
  disclaimerMax: 1_000,
  sourceTitleMax: 200,
  publisherMax: 200,
  citationMax: 600,
  urlMax: 500,
  rulesMax: 50,
  callLimitMax: 100,
  windowDaysMax: 31,
} as const;

const text = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: `too_long:${max}` });

const bilingual = (max: number) => z.strictObject({ zh: text(max), en: text(max) }, { error: 'invalid' });

const slug = z
  .string({ error: 'required' })
  .max(RULE_SET_LIMITS.slugMax, { error: `too_long:${RULE_SET_LIMITS.slugMax}` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'invalid_slug' });

/** 'HH:MM', 00:00–23:59. */
const clockTime = z.string({ error: 'required' }).regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid_time' });

/** 'YYYY-MM-DD' and a real calendar date. */
const calendarDate = z
  .string({ error: 'required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date' })
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return Number.isFinite(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, { error: 'invalid_date' });

const httpsUrl = z
  .string()
  .max(RULE_SET_LIMITS.urlMax, { error: `too_long:${RULE_SET_LIMITS.urlMax}` })
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, { error: 'invalid_url' });

const count = (max: number) =>
  z.int({ error: 'invalid' }).min(1, { error: 'too_small:1' }).max(max, { error: `too_big:${max}` });

/** A non-empty list of known values, each at most once. */
const uniqueList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .array(z.enum(values, { error: 'invalid' }), { error: 'invalid' })
    .min(1, { error: 'required' })
    .max(values.length, { error: 'duplicate' })
    .refine((list) => new Set(list).size === list.length, { error: 'duplicate' });

const source = z.strictObject(
  {
    title: text(RULE_SET_LIMITS.sourceTitleMax),
    publisher: text(RULE_SET_LIMITS.publisherMax),
    url: httpsUrl.optional(),
    citation: text(RULE_SET_LIMITS.citationMax),
  },
  { error: 'invalid' },
);

const ruleOf = <K extends string, P extends z.ZodType>(kind: K, params: P) =>
  z.strictObject({
    id: slug,
    kind: z.literal(kind),
    params,
    title: bilingual(RULE_SET_LIMITS.titleMax),
    summary: bilingual(RULE_SET_LIMITS.summaryMax),
    source,
    checkedOn: calendarDate,
  });

const hoursParams = {
  start: clockTime,
  end: clockTime,
  channels: uniqueList(channels),
  exemptWhenAgreed: z.boolean({ error: 'invalid' }),
};

const ruleSchema = z.discriminatedUnion(
  'kind',
  [
    ruleOf(
      'max_connected_calls_per_local_day',
      z.strictObject({ limit: count(RULE_SET_LIMITS.callLimitMax), scope: z.enum(countScopes, { error: 'invalid' }) }),
    ),
    ruleOf(
      'quiet_hours',
      // Equal ends would mean "never" or "always"; neither is a rule anyone wrote.
      z.strictObject(hoursParams).refine((p) => p.start !== p.end, { path: ['end'], error: 'same_as_start' }),
    ),
    ruleOf(
      'allowed_hours',
      // Allowed hours do not wrap midnight; a window across midnight is written as quiet hours.
      z.strictObject(hoursParams).refine((p) => p.start < p.end, { path: ['end'], error: 'not_after_start' }),
    ),
    ruleOf('no_third_party_contact', z.strictObject({ thirdParties: uniqueList(thirdPartyKinds) })),
    ruleOf('forbidden_conduct', z.strictObject({ categories: uniqueList(conductCategories) })),
    ruleOf(
      'max_calls_in_rolling_days',
      z.strictObject({
        limit: count(RULE_SET_LIMITS.callLimitMax),
        days: count(RULE_SET_LIMITS.windowDaysMax),
        scope: z.enum(countScopes, { error: 'invalid' }),
      }),
    ),
  ],
  { error: 'unknown_kind' },
);

export const ruleSetSchema = z
  .strictObject({
    slug,
    version: count(RULE_SET_LIMITS.versionMax),
    jurisdiction: z.enum(['CN', 'US'], { error: 'invalid' }),
    language: z.enum(['zh', 'en'], { error: 'invalid' }),
    title: bilingual(RULE_SET_LIMITS.titleMax),
    disclaimer: bilingual(RULE_SET_LIMITS.disclaimerMax),
    rules: z
      .array(ruleSchema, { error: 'invalid' })
      .min(1, { error: 'required' })
      .max(RULE_SET_LIMITS.rulesMax, { error: `too_many:${RULE_SET_LIMITS.rulesMax}` }),
  })
  .superRefine((set, ctx) => {
    // Breaches name rules by id, so an id means one rule within a set.
    const seen = new Set<string>();
    set.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: 'duplicate' });
      seen.add(rule.id);
    });
  });

/** Parses a rule set from untrusted JSON; `invalid_input` with every field's error otherwise. */
export function validateRuleSet(input: unknown): RuleSet {
  const parsed = ruleSetSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error), 'invalid rule set');
  return parsed.data;
}
