import { isStaff, type Role, type Viewer } from '../auth/viewer';

// Who may moderate what. Pure predicates; services throw on false.

export function canModerate(viewer: Viewer): boolean {
  // Moderators and admins run the queue.
  return isStaff(viewer);
}

export function canActOnContentOf(viewer: Viewer, author: { id: number; role: Role; anonymous?: boolean }): boolean {
  // Staff never judge their own words, and moderators never overrule an admin
  // who speaks as an admin. An anonymous post is judged as anyone's post:
  // whoever wrote it chose to speak as a member, and a refusal that depended
  // on the hidden author's role would tell the moderator who wrote it.
  if (!canModerate(viewer) || !viewer) return false;
  if (author.id === viewer.id) return false;
  if (author.role === 'admin' && viewer.role !== 'admin' && !author.anonymous) return false;
  return true;
}

export function canBan(viewer: Viewer, target: { id: number; role: Role }): boolean {
  // The same line as for content: not yourself, and admins only by admins.
  return canActOnContentOf(viewer, target);
}

export function canRevealAnonymousAuthor(viewer: Viewer): boolean {
  // Unmasking an anonymous author is the most dangerous act on the site:
  // admins only, always with a stated reason, always logged.
  return viewer?.role === 'admin';
}

export function canReport(viewer: Viewer, post: { authorId: number }): boolean {
  // Any member reports others' posts.
  return viewer !== null && viewer.id !== post.authorId;
}
