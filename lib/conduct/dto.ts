import { conductEntries, lenders } from '@/db/schema';
import { localDateAndTime } from './local-instant';
import { conductCategories, type Channel, type ConductCategory, type ConductEntry, type ThirdPartyKind } from './types';

/** One entry of the owner's log, as pages and the report show it (never another member's). */
export interface ConductEntryView {
  id: number;
  /** The story it is tied to, if any (always one of the owner's). */
  threadId: number | null;
  occurredAt: Date;
  /** The owner's wall clock when it happened, in `timeZone`: 'YYYY-MM-DD'. */
  localDate: string;
  /** 'HH:MM' ('HH:MM:SS' when seconds were recorded). */
  localTime: string;
  timeZone: string;
  channel: Channel;
  thirdParty: ThirdPartyKind | null;
  lender: { id: number; slug: string; labelZh: string; labelEn: string } | null;
  agency: string;
  collectorName: string;
  /** Calls only. */
  connected: boolean | null;
  categories: ConductCategory[];
  agreedToContactAtNight: boolean;
  note: string;
  evidenceNote: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Columns of a conduct entry and its lender; use with `.leftJoin(lenders, …)`. */
export const conductEntryColumns = {
  id: conductEntries.id,
  threadId: conductEntries.threadId,
  occurredAt: conductEntries.occurredAt,
  timeZone: conductEntries.timeZone,
  channel: conductEntries.channel,
  thirdParty: conductEntries.thirdParty,
  lenderId: lenders.id,
  lenderSlug: lenders.slug,
  lenderLabelZh: lenders.labelZh,
  lenderLabelEn: lenders.labelEn,
  agency: conductEntries.agency,
  collectorName: conductEntries.collectorName,
  connected: conductEntries.connected,
  categories: conductEntries.categories,
  agreedToContactAtNight: conductEntries.agreedToContactAtNight,
  note: conductEntries.note,
  evidenceNote: conductEntries.evidenceNote,
  createdAt: conductEntries.createdAt,
  updatedAt: conductEntries.updatedAt,
};

/** A row selected with conductEntryColumns (the lender columns are null without a lender). */
export interface ConductEntryRow {
  id: number;
  threadId: number | null;
  occurredAt: Date;
  timeZone: string;
  channel: Channel;
  thirdParty: ThirdPartyKind | null;
  lenderId: number | null;
  lenderSlug: string | null;
  lenderLabelZh: string | null;
  lenderLabelEn: string | null;
  agency: string;
  collectorName: string;
  connected: boolean | null;
  categories: string[];
  agreedToContactAtNight: boolean;
  note: string;
  evidenceNote: string;
  createdAt: Date;
  updatedAt: Date;
}

export function toConductEntryView(row: ConductEntryRow): ConductEntryView {
  const local = localDateAndTime(row.occurredAt, row.timeZone);
  return {
    id: row.id,
    threadId: row.threadId,
    occurredAt: row.occurredAt,
    localDate: local.date,
    localTime: local.time,
    timeZone: row.timeZone,
    channel: row.channel,
    thirdParty: row.thirdParty,
    lender:
      row.lenderId !== null && row.lenderSlug !== null
        ? { id: row.lenderId, slug: row.lenderSlug, labelZh: row.lenderLabelZh ?? '', labelEn: row.lenderLabelEn ?? '' }
        : null,
    agency: row.agency,
    collectorName: row.collectorName,
    connected: row.connected,
    // Stored as text[]: keep only known categories, in canonical order.
    categories: conductCategories.filter((c) => row.categories.includes(c)),
    agreedToContactAtNight: row.agreedToContactAtNight,
    note: row.note,
    evidenceNote: row.evidenceNote,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Lender key of an entry without a lender (none are written so, but the column allows it). */
export const UNKNOWN_LENDER_KEY = 'unknown';

/** What the rules engine reads: no notes, no names beyond the collector's. */
export function toRuleEntry(entry: Pick<ConductEntryView, 'id' | 'occurredAt' | 'timeZone' | 'channel' | 'thirdParty' | 'lender' | 'agency' | 'collectorName' | 'connected' | 'categories' | 'agreedToContactAtNight'>): ConductEntry {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt,
    timeZone: entry.timeZone,
    channel: entry.channel,
    ...(entry.thirdParty ? { thirdParty: entry.thirdParty } : {}),
    collector: {
      lenderKey: entry.lender?.slug ?? UNKNOWN_LENDER_KEY,
      ...(entry.agency ? { agency: entry.agency } : {}),
      ...(entry.collectorName ? { name: entry.collectorName } : {}),
    },
    ...(entry.connected !== null ? { connected: entry.connected } : {}),
    categories: entry.categories,
    agreedToContactAtNight: entry.agreedToContactAtNight,
  };
}
