import type { Database } from '@/db/types';
import type { Member } from '@/lib/auth/viewer';
import type { Clock } from '@/lib/clock';
import { createConductEntry } from '@/lib/conduct/create-conduct-entry';
import type { CreateConductEntryInput } from '@/lib/conduct/schemas';
import type { Untrusted } from '@/lib/validation';
import { slugId, taxonomyOf } from '../../support/factories';

/** "Now" for every conduct test: entries are logged in the days before it. */
export const NOW = new Date('2026-06-10T04:00:00Z');
export const fixedClock: Clock = () => NOW;

/** A connected call from 招商银行 at 14:00 Shanghai time on 2026-06-01 unless told otherwise. */
export async function entryInput(
  db: Database,
  overrides: Untrusted<CreateConductEntryInput> & { lender?: string } = {},
): Promise<Untrusted<CreateConductEntryInput>> {
  const t = await taxonomyOf(db);
  const { lender, ...rest } = overrides;
  return {
    date: '2026-06-01',
    time: '14:00',
    timeZone: 'Asia/Shanghai',
    channel: 'call',
    connected: 'on',
    lenderId: String(slugId(t.lenders, lender ?? 'cmb')),
    categories: [],
    ...rest,
  };
}

export async function logEntry(db: Database, owner: Member, overrides: Parameters<typeof entryInput>[1] = {}) {
  return createConductEntry(db, owner, await entryInput(db, overrides), fixedClock);
}
