import { isStaff, type Viewer } from '../auth/viewer';

// Pure predicates over what a viewer may do to a post. Services call them
// after loading the row through visibility and throw AppError on false.

export interface PostState {
  authorId: number;
  status: 'published' | 'pending' | 'removed' | 'deleted';
}

export function canCreatePost(viewer: Viewer): boolean {
  // Any signed-in member may post; bans are enforced when the viewer is built.
  return viewer !== null;
}

export function canEditPost(viewer: Viewer, post: PostState): boolean {
  // Only the author edits their words; moderators redact through moderation.
  if (!viewer) return false;
  if (post.authorId !== viewer.id) return false;
  // A withdrawn or removed post is frozen so its history stays what readers saw.
  return post.status === 'published' || post.status === 'pending';
}

export function canViewHistory(viewer: Viewer, post: Pick<PostState, 'authorId'>): boolean {
  // Earlier versions are what the author took back: only they and staff see them.
  if (!viewer) return false;
  return post.authorId === viewer.id || isStaff(viewer);
}

export function canDeletePost(viewer: Viewer, post: PostState): boolean {
  // Deleting is the author withdrawing; a moderator's act is "remove".
  if (!viewer) return false;
  if (post.authorId !== viewer.id) return false;
  return post.status !== 'deleted' && post.status !== 'removed';
}

export function canReplyTo(viewer: Viewer, thread: Pick<PostState, 'status'> & { lockedAt: Date | null }): boolean {
  // Conversation continues only under a live thread that no moderator locked.
  if (!viewer) return false;
  return thread.status === 'published' && thread.lockedAt === null;
}

export function canVoteOn(viewer: Viewer, post: PostState): boolean {
  // Votes measure what others found useful: no voting for yourself.
  if (!viewer) return false;
  if (post.authorId === viewer.id) return false;
  return post.status === 'published';
}
