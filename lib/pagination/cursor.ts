import { z } from 'zod';

// Keyset cursors: the sort value and id of the last row of a page, as
// base64url JSON. Opaque to users; anything that does not decode is refused.

const cursorSchema = z.tuple([z.union([z.string().max(40), z.number().int()]), z.number().int().positive()]);

export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(value: string | number, id: number): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

/** Returns null for anything that is not a cursor this app wrote. */
export function decodeCursor(raw: string): Cursor | null {
  if (raw.length > 200) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
