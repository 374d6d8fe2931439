import type { AuthorView, ReplyView, ThreadPage } from '../threads/dto';
import { threadPath } from '../threads/slug';
import { plainTextOf } from './plain-text';

/** Shown instead of any name for an anonymous author. */
export const ANONYMOUS_PERSON_NAME = '匿名用户';

type JsonLd = Record<string, unknown>;

function person(author: AuthorView): JsonLd {
  // Anonymous posts carry no handle or display name, only the generic label.
  return { '@type': 'Person', name: author.kind === 'member' && author.displayName ? author.displayName : ANONYMOUS_PERSON_NAME };
}

function absolute(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

function answer(baseUrl: string, reply: ReplyView): JsonLd {
  return {
    '@type': 'Answer',
    text: plainTextOf(reply.bodyHtml, 500),
    dateCreated: reply.createdAt.toISOString(),
    upvoteCount: reply.helpfulCount,
    url: absolute(baseUrl, reply.permalink),
    author: person(reply.author),
  };
}

/**
 * Structured data for a thread page: `QAPage` for a question (the accepted
 * reply as acceptedAnswer, other shown top-level replies as suggestedAnswer),
 * `DiscussionForumPosting` for a story. Only published content is described.
 */
export function threadJsonLd(page: ThreadPage, baseUrl: string): JsonLd | null {
  const { thread } = page;
  if (thread.status !== 'published') return null;
  const url = absolute(baseUrl, threadPath(thread.id, thread.title));
  const text = plainTextOf(thread.bodyHtml, 500);
  if (thread.kind === 'question') {
    const answers = page.replies.filter((r) => r.parentId === null && r.status === 'published' && r.bodyHtml);
    const accepted = answers.find((r) => r.isAccepted);
    const suggested = answers.filter((r) => !r.isAccepted);
    return {
      '@context': 'https://schema.org',
      '@type': 'QAPage',
      mainEntity: {
        '@type': 'Question',
        name: thread.title,
        text,
        answerCount: answers.length,
        dateCreated: thread.createdAt.toISOString(),
        url,
        author: person(thread.author),
        ...(accepted ? { acceptedAnswer: answer(baseUrl, accepted) } : {}),
        ...(suggested.length ? { suggestedAnswer: suggested.map((r) => answer(baseUrl, r)) } : {}),
      },
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'DiscussionForumPosting',
    headline: thread.title,
    text,
    datePublished: thread.createdAt.toISOString(),
    dateModified: (thread.editedAt ?? thread.createdAt).toISOString(),
    url,
    author: person(thread.author),
    interactionStatistic: {
      '@type': 'InteractionCounter',
      interactionType: 'https://schema.org/CommentAction',
      userInteractionCount: thread.replyCount,
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
