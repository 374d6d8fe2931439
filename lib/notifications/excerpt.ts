import { excerptOf } from '../threads/excerpt';

// Masked numbers are runs of three or more asterisks (138****8000); the
// markdown stripper would fold them into spaces, so they are set aside first.
const MASK_RUN = /\*{3,}/g;
const HOLD = '\uE000';

/** A plain-text preview of stored (masked) markdown that keeps masked numbers readable. */
export function notificationExcerpt(markdown: string, length = 140): string {
  const runs: string[] = [];
  const held = markdown.replace(MASK_RUN, (run) => {
    runs.push(run);
    return HOLD;
  });
  let i = 0;
  return excerptOf(held, length).replace(new RegExp(HOLD, 'g'), () => runs[i++] ?? '');
}
