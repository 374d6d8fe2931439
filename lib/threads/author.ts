import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '@/db/schema';
import type { Role } from '../auth/viewer';
import type { AuthorView } from './dto';

/**
 * Author columns for a post query. The member's handle and name are selected
 * only when the post is not anonymous, so an anonymous author's identity is
 * never even loaded into the process that renders the page. A deleted
 * account's named posts select no handle or name at all: they read as
 * 已注销用户 with no profile link.
 */
export function authorColumns(anonymousLabel: AnyPgColumn) {
  const whenNamed = <T>(column: AnyPgColumn): SQL<T | null> =>
    sql<T | null>`case when ${anonymousLabel} is null and ${users.deletedAt} is null then ${column} end`;
  return {
    anonymousLabel: sql<string | null>`${anonymousLabel}`,
    authorHandle: whenNamed<string>(users.handle),
    authorName: whenNamed<string>(users.displayName),
    authorRole: whenNamed<Role>(users.role),
  };
}

export function toAuthorView(row: {
  anonymousLabel: string | null;
  authorHandle: string | null;
  authorName: string | null;
  authorRole: Role | null;
}): AuthorView {
  if (row.anonymousLabel !== null) return { kind: 'anonymous', label: row.anonymousLabel };
  if (row.authorHandle === null) return { kind: 'deleted' };
  return { kind: 'member', handle: row.authorHandle, displayName: row.authorName ?? '', role: row.authorRole ?? 'member' };
}
