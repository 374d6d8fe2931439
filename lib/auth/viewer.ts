// The acting user as services see it: who, and with which role. Built by the
// data-access layer from a fresh read of the user row on every request.

export const roles = ['member', 'expert', 'moderator', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface Member {
  id: number;
  role: Role;
  handle: string;
  displayName: string;
}

/** null is a signed-out visitor. */
export type Viewer = Member | null;

export function isStaff(viewer: Viewer): boolean {
  return viewer?.role === 'moderator' || viewer?.role === 'admin';
}
