import { isStaff, type Viewer } from '../auth/viewer';

// Who may do what with the conduct log and its rule sets. Pure predicates;
// services throw on false. Reading a log needs no predicate: every read is
// the SQL condition in visibility.ts, which only ever matches the owner.

export function canManageRuleSets(viewer: Viewer): boolean {
  // Rule sets are shared reference data: moderators and admins keep them current, each save a new version.
  return isStaff(viewer);
}

export function canPublishConductSummaryOn(viewer: Viewer, thread: { kind: string; authorId: number }): boolean {
  // A member publishes their own log into their own story only, never into someone else's thread or a question.
  if (!viewer) return false;
  if (thread.authorId !== viewer.id) return false;
  return thread.kind === 'story';
}
