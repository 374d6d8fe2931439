import type { z } from 'zod';
import type { Database } from '@/db/types';
import { AppError, type FieldErrors } from '../errors';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { loadTaxonomy, SETTLED_STAGE_SLUG } from '../taxonomy/queries';
import type { storyFieldsSchema } from './schemas';

type StoryFields = z.output<typeof storyFieldsSchema>;

export interface ResolvedStoryFields {
  title: string;
  body: string;
  stageIds: number[];
  outcomeId: number;
  lenderId: number;
  lenderOther: string | null;
  amountBandId: number;
  monthsOverdue: number | null;
  isSettled: boolean;
  timeline: { occurredOn: string; datePrecision: 'day' | 'month'; stageId: number | null; note: string }[];
}

const mask = (text: string) => maskPersonalData(text).text;

/**
 * Checks every taxonomy reference against the database rows and masks every
 * free-text field, so nothing unmasked or dangling reaches a write.
 */
export async function resolveStoryFields(db: Database, fields: StoryFields): Promise<ResolvedStoryFields> {
  const taxonomy = await loadTaxonomy(db);
  const errors: FieldErrors = {};
  const fail = (field: string, key: string) => (errors[field] ??= []).push(key);

  const stageIds = [...new Set(fields.stageIds)];
  if (stageIds.some((id) => !taxonomy.stages.some((s) => s.id === id))) fail('stageIds', 'unknown_option');
  if (!taxonomy.outcomes.some((o) => o.id === fields.outcomeId)) fail('outcomeId', 'unknown_option');
  const lender = taxonomy.lenders.find((l) => l.id === fields.lenderId);
  if (!lender) fail('lenderId', 'unknown_option');
  if (lender?.isOther && !fields.lenderOther) fail('lenderOther', 'required');
  if (!taxonomy.amountBands.some((b) => b.id === fields.amountBandId)) fail('amountBandId', 'unknown_option');
  fields.timeline.forEach((entry, index) => {
    if (entry.stageId !== undefined && !taxonomy.stages.some((s) => s.id === entry.stageId)) {
      fail(`timeline.${index}.stageId`, 'unknown_option');
    }
  });
  if (Object.keys(errors).length) throw new AppError('invalid_input', errors);

  const settledStage = taxonomy.stages.find((s) => s.slug === SETTLED_STAGE_SLUG);
  const orderedStageIds = taxonomy.stages.filter((s) => stageIds.includes(s.id)).map((s) => s.id);
  const timeline = [...fields.timeline]
    .map((entry) => ({
      occurredOn: entry.date.length === 7 ? `${entry.date}-01` : entry.date,
      datePrecision: entry.date.length === 7 ? ('month' as const) : ('day' as const),
      stageId: entry.stageId ?? null,
      note: mask(entry.note),
    }))
    // Stable sort: entries on the same date keep the author's order.
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));

  return {
    title: mask(fields.title),
    body: mask(fields.body),
    stageIds: orderedStageIds,
    outcomeId: fields.outcomeId,
    lenderId: fields.lenderId,
    lenderOther: lender?.isOther && fields.lenderOther ? mask(fields.lenderOther) : null,
    amountBandId: fields.amountBandId,
    monthsOverdue: fields.monthsOverdue ?? null,
    isSettled: settledStage !== undefined && orderedStageIds.includes(settledStage.id),
    timeline,
  };
}
