import { and, eq, inArray } from 'drizzle-orm';
import { lenders, threads } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';
import { AppError, type FieldErrors } from '../errors';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { instantOfLocalTime } from './local-instant';
import type { ConductEntryFields } from './schemas';

/** The columns of an entry as written by create and edit. */
export interface ResolvedConductEntry {
  threadId: number | null;
  occurredAt: Date;
  timeZone: string;
  channel: ConductEntryFields['channel'];
  thirdParty: ConductEntryFields['thirdParty'] | null;
  lenderId: number;
  agency: string;
  collectorName: string;
  connected: boolean | null;
  categories: string[];
  agreedToContactAtNight: boolean;
  note: string;
  evidenceNote: string;
}

/** A contact logged more than this far ahead of "now" is a typo (a wrong zone or year), not a record. */
const FUTURE_TOLERANCE_MS = 10 * 60_000;

const mask = (text: string | undefined) => (text ? maskPersonalData(text).text : '');

/**
 * Checks what the schema cannot (the lender exists, the story is the
 * owner's, the local time exists and is not in the future), turns the
 * owner's wall clock into an instant, and masks every free-text field, so
 * nothing unmasked or dangling reaches a write.
 */
export async function resolveConductEntryFields(
  db: Database,
  viewer: Member,
  fields: ConductEntryFields,
  now: Date,
): Promise<ResolvedConductEntry> {
  const errors: FieldErrors = {};
  const fail = (field: string, key: string) => (errors[field] ??= []).push(key);

  const occurredAt = instantOfLocalTime(fields.date, fields.time, fields.timeZone);
  // The hour skipped when clocks go forward never happened on that clock.
  if (!occurredAt) fail('time', 'nonexistent_time');
  else if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) fail('date', 'in_future');

  const [[lender], [thread]] = await Promise.all([
    db.select({ id: lenders.id }).from(lenders).where(eq(lenders.id, fields.lenderId)),
    fields.threadId === undefined
      ? Promise.resolve([])
      : db
          .select({ id: threads.id })
          .from(threads)
          .where(
            and(
              eq(threads.id, fields.threadId),
              eq(threads.authorId, viewer.id),
              eq(threads.kind, 'story'),
              inArray(threads.status, ['published', 'pending']),
            ),
          ),
  ]);
  if (!lender) fail('lenderId', 'unknown_option');
  // Someone else's story is not an option the form offered: the same answer as an unknown id.
  if (fields.threadId !== undefined && !thread) fail('threadId', 'unknown_option');
  if (Object.keys(errors).length) throw new AppError('invalid_input', errors);

  return {
    threadId: fields.threadId ?? null,
    occurredAt: occurredAt!,
    timeZone: fields.timeZone,
    channel: fields.channel,
    thirdParty: fields.thirdParty ?? null,
    lenderId: fields.lenderId,
    agency: mask(fields.agency),
    collectorName: mask(fields.collectorName),
    // Only a call connects or not; for other channels the box means nothing.
    connected: fields.channel === 'call' ? fields.connected : null,
    categories: fields.categories,
    agreedToContactAtNight: fields.agreedToContactAtNight,
    note: mask(fields.note),
    evidenceNote: mask(fields.evidenceNote),
  };
}
