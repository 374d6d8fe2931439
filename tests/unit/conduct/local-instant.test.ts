import { describe, expect, it } from 'vitest';
import { instantOfLocalTime, localDateAndTime } from '@/lib/conduct/local-instant';

describe('instantOfLocalTime', () => {
  it.each([
    ['2026-06-01', '23:00', 'Asia/Shanghai', '2026-06-01T15:00:00.000Z'],
    ['2026-06-01', '00:00:30', 'Asia/Shanghai', '2026-05-31T16:00:30.000Z'],
    ['2026-01-15', '07:30', 'America/New_York', '2026-01-15T12:30:00.000Z'],
    ['2026-07-15', '07:30', 'America/New_York', '2026-07-15T11:30:00.000Z'],
    ['2026-03-08', '03:00', 'America/New_York', '2026-03-08T07:00:00.000Z'],
    ['2026-06-01', '12:00', 'UTC', '2026-06-01T12:00:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, iso) => {
    expect(instantOfLocalTime(date, time, zone)?.toISOString()).toBe(iso);
  });

  it('has no instant for the hour skipped when clocks go forward', () => {
    expect(instantOfLocalTime('2026-03-08', '02:30', 'America/New_York')).toBeNull();
  });

  it('takes the earlier instant in the hour repeated when clocks go back', () => {
    expect(instantOfLocalTime('2026-11-01', '01:30', 'America/New_York')?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('round-trips through localDateAndTime', () => {
    const instant = instantOfLocalTime('2026-02-28', '21:59', 'Asia/Shanghai')!;
    expect(localDateAndTime(instant, 'Asia/Shanghai')).toEqual({ date: '2026-02-28', time: '21:59' });
    expect(localDateAndTime(new Date('2026-02-28T13:59:59Z'), 'Asia/Shanghai')).toEqual({ date: '2026-02-28', time: '21:59:59' });
  });
});
