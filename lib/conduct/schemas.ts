import { z } from 'zod';
import { checkbox, optionalText, positiveId } from '../validation';
import { isValidTimeZone } from './local-time';
import { builtInRuleSets } from './rule-sets';
import { channels, conductCategories, thirdPartyKinds } from './types';

// Form schemas of the conduct log. Errors are message keys: the generic ones
// are in messages/<locale>/core.json (fieldErrors.*), the conduct-specific
// ones (invalid_time, invalid_time_zone, in_future …) under conduct.fieldErrors.*.

export const CONDUCT_LIMITS = {
  agencyMax: 80,
  collectorNameMax: 40,
  noteMax: 2_000,
  evidenceNoteMax: 2_000,
  /** Rule-set JSON as typed into the moderators' textarea. */
  definitionJsonMax: 100_000,
} as const;

/** '' and absent are "required", anything else not in the list is "unknown_option". */
const oneOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z.enum(values, { error: (issue) => (issue.input === undefined || issue.input === '' ? 'required' : 'unknown_option') });

/** An optional choice: '' and absent mean none. */
const optionalOneOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), z.enum(values, { error: 'unknown_option' }).optional());

const localDate = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required', abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date', abort: true })
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return Number.isFinite(parsed.getTime()) && parsed.toISOString().startsWith(value) && value >= '2000-01-01';
  }, { error: 'invalid_date' });

/** 'HH:MM' or 'HH:MM:SS', as a time input sends it. */
const localTime = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required', abort: true })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/, { error: 'invalid_time' });

const timeZone = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required', abort: true })
  .refine(isValidTimeZone, { error: 'invalid_time_zone' });

const categories = z
  .array(z.enum(conductCategories, { error: 'unknown_option' }), { error: 'invalid' })
  .max(conductCategories.length, { error: 'duplicate' })
  .refine((list) => new Set(list).size === list.length, { error: 'duplicate' })
  .default([]);

const entryFields = z.object({
    date: localDate,
    time: localTime,
    timeZone,
    channel: oneOf(channels),
    /** Who was contacted instead of the debtor; none means the debtor. */
    thirdParty: optionalOneOf(thirdPartyKinds),
    /** Calls only; ignored for other channels. */
    connected: checkbox,
    lenderId: positiveId,
    agency: optionalText(CONDUCT_LIMITS.agencyMax),
    collectorName: optionalText(CONDUCT_LIMITS.collectorNameMax),
    categories,
    agreedToContactAtNight: checkbox,
    note: optionalText(CONDUCT_LIMITS.noteMax),
    evidenceNote: optionalText(CONDUCT_LIMITS.evidenceNoteMax),
    /** One of the owner's own stories, optionally. */
    threadId: z.preprocess((v) => (v === '' || v === null ? undefined : v), positiveId.optional()),
});

function requireThirdPartyKind(entry: { channel: string; thirdParty?: string }, ctx: z.RefinementCtx): void {
  // "Contacted someone else" without saying whom cannot be checked against the rules.
  if (entry.channel === 'third_party' && entry.thirdParty === undefined) {
    ctx.addIssue({ code: 'custom', path: ['thirdParty'], message: 'required' });
  }
}

export const createConductEntrySchema = entryFields.superRefine(requireThirdPartyKind);
export type CreateConductEntryInput = z.input<typeof createConductEntrySchema>;
export type ConductEntryFields = z.output<typeof entryFields>;

export const editConductEntrySchema = entryFields.extend({ entryId: positiveId }).superRefine(requireThirdPartyKind);
export type EditConductEntryInput = z.input<typeof editConductEntrySchema>;

export const conductEntryIdSchema = z.object({ entryId: positiveId });

export const ruleSetSlugSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(64, { error: 'too_long:64' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'invalid_slug' });

export const conductReportSchema = z.object({ ruleSetSlug: ruleSetSlugSchema });

export const saveRuleSetVersionSchema = z.object({
  slug: ruleSetSlugSchema,
  definitionJson: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(CONDUCT_LIMITS.definitionJsonMax, { error: `too_long:${CONDUCT_LIMITS.definitionJsonMax}` }),
});
export type SaveRuleSetVersionInput = z.input<typeof saveRuleSetVersionSchema>;

export const summaryLocales = ['zh-CN', 'en'] as const;
export type SummaryLocale = (typeof summaryLocales)[number];

export const publishConductSummarySchema = z.object({
  threadId: positiveId,
  ruleSetSlug: ruleSetSlugSchema,
  locale: z.enum(summaryLocales, { error: 'unknown_option' }).default('zh-CN'),
});
export type PublishConductSummaryInput = z.input<typeof publishConductSummarySchema>;

/** The rule set a locale starts with: Chinese members' lenders are Chinese, English ones may be in the US. */
export function defaultRuleSetSlug(locale: string): string {
  const wanted = locale === 'en' ? 'en' : 'zh';
  return (builtInRuleSets.find((set) => set.language === wanted) ?? builtInRuleSets[0]!).slug;
}
