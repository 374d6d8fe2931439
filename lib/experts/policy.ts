import type { Viewer } from '../auth/viewer';
import { canModerate } from '../moderation/policy';

export function canDecideApplication(viewer: Viewer, application: { userId: number }): boolean {
  // Staff verify experts, but nobody verifies themselves.
  if (!canModerate(viewer) || !viewer) return false;
  return application.userId !== viewer.id;
}

export function canAcceptAnswer(viewer: Viewer, question: { authorId: number; kind: string }, answer: { authorId: number; depth: number }): boolean {
  // Only the asker accepts, only a top-level answer, and not their own.
  if (!viewer || question.kind !== 'question') return false;
  if (question.authorId !== viewer.id) return false;
  if (answer.depth !== 0) return false;
  return answer.authorId !== viewer.id;
}

export function canInviteExperts(viewer: Viewer, question: { authorId: number; kind: string }): boolean {
  // The asker routes their own question.
  return viewer !== null && question.kind === 'question' && question.authorId === viewer.id;
}

/** At most this many invitations per question. */
export const MAX_INVITATIONS = 3;
