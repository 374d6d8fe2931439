import { NextResponse, type NextRequest } from 'next/server';
import { getTaxonomy } from '@/lib/dal/database';
import { searchPostsForViewer } from '@/lib/dal/search';
import { isRateLimitedError } from '@/lib/rate-limit/errors';
import { parseSearchParams } from '@/lib/search/search-params';

const noStore = { 'cache-control': 'private, no-store' };

/**
 * GET /api/search?q=&kind=&stage=&outcome=&lender=&page= : the same results
 * as /search, as JSON (the same DTOs: anonymous authors stay anonymous, no
 * author ids). Over the search rate limit: 429 with Retry-After.
 */
export async function GET(request: NextRequest) {
  const parsed = parseSearchParams(Object.fromEntries(request.nextUrl.searchParams), await getTaxonomy());
  if (!parsed.q.trim()) {
    return NextResponse.json({ query: '', searchable: false, items: [], page: 1, hasNext: false }, { headers: noStore });
  }
  try {
    const page = await searchPostsForViewer(parsed.input);
    return NextResponse.json({ ...page, unknownFilters: parsed.unknown }, { headers: noStore });
  } catch (error) {
    if (!isRateLimitedError(error)) throw error;
    return NextResponse.json(
      { error: 'rate_limited', retryAfterSeconds: error.retryAfterSeconds },
      { status: 429, headers: { ...noStore, 'retry-after': String(error.retryAfterSeconds) } },
    );
  }
}
