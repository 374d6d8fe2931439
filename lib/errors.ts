/**
 * The closed set of failures a service may report. Messages are localized at
 * the edge (messages/*.json, key `errors.<code>`), never here.
 */
export const errorCodes = [
  /** No signed-in viewer where one is required. */
  'unauthenticated',
  /** Signed in, but the policy refuses this viewer (e.g. editing another's post). */
  'forbidden',
  /** The thing does not exist or the viewer may not see it. */
  'not_found',
  /** Input failed validation; fieldErrors says where. */
  'invalid_input',
  /** The write clashes with existing data (e.g. the e-mail is taken). */
  'conflict',
  /** Too many attempts in a window. */
  'rate_limited',
  /** The post was withdrawn or removed and can no longer change. */
  'gone',
  /** A moderator locked the thread: no new replies. */
  'thread_locked',
  /** Sign-in with wrong e-mail or password. */
  'invalid_credentials',
  /** The account is banned. */
  'banned',
  /**
   * The database cannot be reached (restarting, down, connections exhausted):
   * nothing was saved, the form keeps the text, and trying again later works.
   * Recognized in one place, `isDatabaseUnavailableError` (db/unavailable.ts).
   */
  'unavailable',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fieldErrors?: FieldErrors,
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
