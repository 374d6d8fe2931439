import { NextResponse } from 'next/server';
import { findSimilarThreadsForViewer } from '@/lib/dal/search';
import { isRateLimitedError } from '@/lib/rate-limit/errors';
import { similarRequestSchema } from '@/lib/search/schemas';

const noStore = { 'cache-control': 'private, no-store' };

/**
 * POST /api/search/similar with `{ "text": <a title being written>,
 * "excludeId"?: <thread id> }`: up to five published threads like it, for
 * the story form. POST, so a draft title never sits in a URL, a proxy's or
 * an access log; the form masks personal data in it before sending. Counts
 * against the search rate limit; over it, 429 with Retry-After (the form
 * then simply shows no suggestions).
 */
export async function POST(request: Request) {
  const body: unknown = await request.json().catch(() => null);
  const parsed = similarRequestSchema.safeParse(body);
  if (!parsed.success) return NextResponse.json({ error: 'invalid_input' }, { status: 400, headers: noStore });
  const { text, excludeId } = parsed.data;
  if (text.trim().length < 2) return NextResponse.json({ items: [] }, { headers: noStore });
  try {
    const items = await findSimilarThreadsForViewer({ text, excludeId, limit: 5 });
    return NextResponse.json({ items }, { headers: noStore });
  } catch (error) {
    if (!isRateLimitedError(error)) throw error;
    return NextResponse.json(
      { error: 'rate_limited', retryAfterSeconds: error.retryAfterSeconds },
      { status: 429, headers: { ...noStore, 'retry-after': String(error.retryAfterSeconds) } },
    );
  }
}
