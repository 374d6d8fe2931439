// Every local-time rule is judged on the debtor's wall clock in the entry's
// own zone. The runtime's zone database (through Intl) does the conversion,
// so daylight-saving changes are followed and no offsets are computed here.
// (TZDate from @date-fns/tz gives the same answers but is several times
// slower per entry; a log can hold thousands of entries.)

const MS_PER_DAY = 86_400_000;

export interface LocalMoment {
  /** 'YYYY-MM-DD' in the zone. */
  date: string;
  /** A serial number of the local calendar date (days since 1970-01-01), for day arithmetic. */
  dayNumber: number;
  /** Milliseconds since local midnight on the wall clock. */
  msOfDay: number;
  /** 'HH:MM:SS' in the zone. */
  time: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const knownZones = new Set<string>();

/** True for a zone name the runtime's time-zone database knows, e.g. 'Asia/Shanghai' or 'UTC'. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  // Names only: fixed offsets such as '+08:00' would silently ignore daylight saving.
  if (typeof timeZone !== 'string' || !/^[A-Za-z]/.test(timeZone) || timeZone.length > 64) return false;
  if (knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return false;
  }
  knownZones.add(timeZone);
  return true;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      fractionalSecondDigits: 3,
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time of `instant` in `timeZone` (a name isValidTimeZone accepts). */
export function localMoment(instant: Date, timeZone: string): LocalMoment {
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN, fractionalSecond = 0 } = fields;
  return {
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    // A calendar date, not an instant: UTC is only used as a neutral day counter.
    dayNumber: Date.UTC(year, month - 1, day) / MS_PER_DAY,
    msOfDay: ((hour * 60 + minute) * 60 + second) * 1000 + fractionalSecond,
    time: `${pad(hour)}:${pad(minute)}:${pad(second)}`,
  };
}

/** The local date `dayNumber` stands for, as 'YYYY-MM-DD'. */
export function dateOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** '22:00' → milliseconds since midnight. The rule-set schema guarantees the 'HH:MM' shape. */
export function clockTimeToMs(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000;
}
