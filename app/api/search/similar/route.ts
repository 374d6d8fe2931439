import { NextResponse, type NextRequest } from 'next/server';
import { findSimilarThreadsForViewer } from '@/lib/dal/search';
import { isRateLimitedError } from '@/lib/rate-limit/errors';

const noStore = { 'cache-control': 'private, no-store' };

/**
 * GET /api/search/similar?q=<a title being written>&exclude=<thread id>:
 * up to five published threads like it, for the story form. Counts against
 * the search rate limit; over it, 429 with Retry-After (the form then simply
 * shows no suggestions).
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const text = (params.get('q') ?? '').slice(0, 200);
  if (text.trim().length < 2) return NextResponse.json({ items: [] }, { headers: noStore });
  try {
    const items = await findSimilarThreadsForViewer({ text, excludeId: params.get('exclude') ?? undefined, limit: 5 });
    return NextResponse.json({ items }, { headers: noStore });
  } catch (error) {
    if (!isRateLimitedError(error)) throw error;
    return NextResponse.json(
      { error: 'rate_limited', retryAfterSeconds: error.retryAfterSeconds },
      { status: 429, headers: { ...noStore, 'retry-after': String(error.retryAfterSeconds) } },
    );
  }
}
