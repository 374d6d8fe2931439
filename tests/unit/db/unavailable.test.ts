import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, isDatabaseUnavailableError } from '@/db/unavailable';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailableError', () => {
  it('recognizes a refused or dropped connection, a server shutting down and a full server', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'CONNECTION_CLOSED', 'CONNECT_TIMEOUT', '57P01', '57P03', '53300', '08006']) {
      expect(isDatabaseUnavailableError(withCode(code)), code).toBe(true);
    }
    expect(isDatabaseUnavailableError(new DatabaseUnavailableError())).toBe(true);
    expect(isDatabaseUnavailableError(new Error('PGlite is closed'))).toBe(true);
  });

  it('looks through drizzle’s wrapper and Node’s aggregate connect errors', () => {
    const wrapped = new Error('Failed query: select 1', { cause: withCode('ECONNREFUSED') });
    expect(isDatabaseUnavailableError(wrapped)).toBe(true);
    const aggregate = Object.assign(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]), { code: undefined });
    expect(isDatabaseUnavailableError(aggregate)).toBe(true);
  });

  it('leaves real bugs and data errors alone, so they are not disguised as an outage', () => {
    expect(isDatabaseUnavailableError(withCode('23505', 'duplicate key value'))).toBe(false);
    expect(isDatabaseUnavailableError(withCode('42P01', 'relation does not exist'))).toBe(false);
    expect(isDatabaseUnavailableError(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailableError(null)).toBe(false);
    expect(isDatabaseUnavailableError('ECONNREFUSED')).toBe(false);
  });
});
