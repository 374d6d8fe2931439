import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';
import { AppError } from '../errors';
import type { ForumSettings } from '../settings';
import { containsLink, isSandboxed } from './sandbox';
import { detectScamSolicitation } from './scam-filter';

export interface Screening {
  status: 'published' | 'pending';
  pendingReason: 'scam_filter' | null;
}

/**
 * Runs on the text as the author wrote it, before masking (the scam filter
 * needs the contact handle the masker would hide): refuses links from
 * sandboxed accounts and holds solicitation for review.
 */
export async function screenPost(
  db: Database,
  viewer: Member,
  text: { field: string; value: string }[],
  now: Date,
  settings: ForumSettings,
): Promise<Screening> {
  const withLinks = text.filter((t) => containsLink(t.value));
  if (withLinks.length && (await isSandboxed(db, viewer, now, settings))) {
    throw new AppError('invalid_input', Object.fromEntries(withLinks.map((t) => [t.field, ['links_not_allowed']])));
  }
  const verdict = detectScamSolicitation(text.map((t) => t.value).join('\n'));
  return verdict.suspicious ? { status: 'pending', pendingReason: 'scam_filter' } : { status: 'published', pendingReason: null };
}
