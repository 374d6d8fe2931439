/** Cosmetic URL slug: letters and digits of any script, joined by hyphens. */
export function slugify(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

export function threadPath(id: number, title?: string): string {
  const slug = title ? slugify(title) : '';
  return slug ? `/t/${id}/${encodeURIComponent(slug)}` : `/t/${id}`;
}

/**
 * A reply's link: the thread page finds the page that holds the reply
 * (whatever page of top-level replies or sub-thread that is) and marks it.
 */
export function replyPermalink(base: string, replyId: number): string {
  return `${base}?reply=${replyId}#r-${replyId}`;
}
