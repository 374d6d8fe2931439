import 'server-only';
import { userOrIpKey } from '../rate-limit/policies';
import { findSimilarThreads } from '../search/find-similar-threads';
import type { SearchInput, SimilarInput } from '../search/schemas';
import { searchPosts } from '../search/search';
import { getDatabase } from './database';
import { limit, requestIp } from './rate-limit';
import { getViewer } from './viewer';

// Search is the most expensive read: every query counts against the
// `search` policy, per member when signed in, else per address. Over the
// limit this throws RateLimitedError; the page and the API turn it into a
// localized message or a 429.

async function countSearch(): Promise<Awaited<ReturnType<typeof getViewer>>> {
  const viewer = await getViewer();
  await limit('search', userOrIpKey(viewer?.id, await requestIp()));
  return viewer;
}

export async function searchPostsForViewer(input: SearchInput) {
  const viewer = await countSearch();
  return searchPosts(await getDatabase(), viewer, input);
}

export async function findSimilarThreadsForViewer(input: SimilarInput) {
  await countSearch();
  return findSimilarThreads(await getDatabase(), input);
}
