import { localMoment } from './local-time';

// Members record a contact as they saw it: a date and a time on their own
// wall clock, plus the zone they were in. The log stores the instant; this
// turns one into the other through the runtime's zone database (Intl), so
// daylight-saving changes are followed without any offset arithmetic here.

const MS_PER_DAY = 86_400_000;

/** Milliseconds of the wall clock of `instant` in `timeZone`, counted as if it were UTC. */
function wallClockMs(instant: number, timeZone: string): number {
  const local = localMoment(new Date(instant), timeZone);
  return local.dayNumber * MS_PER_DAY + local.msOfDay;
}

/**
 * The instant at which the wall clock in `timeZone` reads `date` `time`
 * ('YYYY-MM-DD', 'HH:MM' or 'HH:MM:SS'), or null when no instant does: the
 * hour skipped when clocks go forward. In the hour repeated when clocks go
 * back, the earlier instant is chosen. The zone must be one isValidTimeZone
 * accepts and the date and time well formed; the schema checks both first.
 */
export function instantOfLocalTime(date: string, time: string, timeZone: string): Date | null {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes, seconds = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year!, month! - 1, day!, hours!, minutes!, seconds);
  if (!Number.isFinite(wall)) return null;
  // Offsets a zone uses near this wall time: at most two (either side of a
  // transition), and no zone changes its offset twice within two days.
  const offsets = new Set<number>();
  for (const probe of [wall - MS_PER_DAY, wall, wall + MS_PER_DAY]) offsets.add(wallClockMs(probe, timeZone) - probe);
  const candidates = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => wallClockMs(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  return candidates.length ? new Date(candidates[0]!) : null;
}

/** The member's wall clock for a stored instant: 'YYYY-MM-DD' and 'HH:MM' ('HH:MM:SS' when the seconds were recorded). */
export function localDateAndTime(instant: Date, timeZone: string): { date: string; time: string } {
  const local = localMoment(instant, timeZone);
  return { date: local.date, time: local.time.endsWith(':00') ? local.time.slice(0, 5) : local.time };
}
