import 'server-only';
import { cache } from 'react';
import { findSessionMember } from '../accounts/queries';
import { auth } from '../auth/auth';
import type { Member, Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { getDatabase } from './database';

/**
 * The viewer for this request, from a fresh read of the user row: a ban, a
 * role change or a bumped session version applies on the very next request,
 * even to an old session cookie. Cached for the duration of one request.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const session = (await auth()) as { uid?: number; sv?: number } | null;
  if (!session?.uid || !session.sv) return null;
  return findSessionMember(await getDatabase(), session.uid, session.sv, new Date());
});

export async function requireMember(): Promise<Member> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError('unauthenticated');
  return viewer;
}
