import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { ReplyComposer } from '@/components/replies/reply-composer';
import { ReplyTree } from '@/components/replies/reply-tree';
import { InviteForm } from '@/components/questions/invite-form';
import { ThreadArticle } from '@/components/threads/thread-article';
import { invitableExperts } from '@/lib/dal/experts';
import { getTaxonomy } from '@/lib/dal/database';
import { getThreadPageForViewer } from '@/lib/dal/forum';
import { idParam, optionalIdParam, orNotFound } from '@/lib/dal/route-params';
import { getViewer } from '@/lib/dal/viewer';
import { markThreadReadForViewer } from '@/lib/dal/notifications';
import { ThreadFollowBar } from '@/components/notifications/thread-follow-bar';
import { isStaff } from '@/lib/auth/viewer';
import { threadPath } from '@/lib/threads/slug';
import { JsonLd } from '@/components/seo/json-ld';
import { env } from '@/lib/env';
import { threadJsonLd } from '@/lib/seo/json-ld';
import { plainTextOf } from '@/lib/seo/plain-text';

type Props = {
  params: Promise<{ id: string; slug?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Metadata and the page need the same data: read it once per request.
const loadThreadPage = cache(
  (threadId: number, rootReplyId: number | undefined, replyId: number | undefined, after: string | undefined, locale: 'zh-CN' | 'en') =>
    orNotFound(getThreadPageForViewer(threadId, { rootReplyId, replyId, after, locale })),
);

async function load({ params, searchParams }: Props) {
  const [{ id }, search, locale] = await Promise.all([params, searchParams, getLocale()]);
  const after = typeof search.after === 'string' && search.after.length <= 24 ? search.after : undefined;
  return loadThreadPage(idParam(id), optionalIdParam(search.root), optionalIdParam(search.reply), after, locale === 'en' ? 'en' : 'zh-CN');
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { thread } = await load(props);
  const canonical = threadPath(thread.id, thread.title);
  const description = plainTextOf(thread.bodyHtml, 150);
  // No author in Open Graph: an anonymous post must never carry a name.
  return {
    title: thread.title,
    description,
    alternates: { canonical },
    openGraph: { title: thread.title, description, type: 'article', url: `${env().APP_URL.replace(/\/+$/, '')}${canonical}` },
  };
}

export default async function ThreadPage(props: Props) {
  const [page, taxonomy, viewer, t] = await Promise.all([load(props), getTaxonomy(), getViewer(), getTranslations('thread')]);
  const { thread, replies, focus, nextCursor, markedReplyId } = page;
  const tp = await getTranslations('threadPages');
  // Any page but the first of top-level replies links back to it.
  const laterPage = !focus && !page.isFirstPage;
  // Opening a thread reads the viewer's notifications about it.
  if (viewer) await markThreadReadForViewer(thread.id);
  const path = threadPath(thread.id, thread.title);
  // The asker routes their open question to experts of its stages.
  const invite =
    thread.kind === 'question' && thread.canEdit && thread.status === 'published' ? await invitableExperts(thread.id) : null;
  return (
    <div className="space-y-6">
      <JsonLd data={threadJsonLd(page, env().APP_URL)} />
      <ThreadArticle thread={thread} taxonomy={taxonomy} staff={isStaff(viewer)} />
      {viewer ? <ThreadFollowBar threadId={thread.id} /> : null}
      {invite ? (
        <InviteForm
          threadId={thread.id}
          candidates={invite.candidates.map((c) => ({ userId: c.userId, label: c.displayName }))}
          invited={invite.invited.map((c) => c.displayName)}
        />
      ) : null}
      <section aria-labelledby="replies-heading" className="space-y-4">
        <h2 id="replies-heading" className="text-lg font-semibold">
          {t('replies', { count: thread.replyCount })}
        </h2>
        {focus ? (
          <p className="flex gap-4 text-sm">
            <Link href={path} className="text-sea-700 underline" data-testid="back-to-thread">
              {t('backToThread')}
            </Link>
            {focus.parentId ? (
              <Link href={`${path}?root=${focus.parentId}`} className="text-sea-700 underline">
                {t('viewParent')}
              </Link>
            ) : null}
          </p>
        ) : null}
        {laterPage ? (
          <p className="text-sm">
            <Link href={path} className="text-sea-700 underline" data-testid="first-replies-page">
              {tp('firstPage')}
            </Link>
          </p>
        ) : null}
        {replies.length ? (
          <ReplyTree replies={replies} threadId={thread.id} threadPath={path} staff={isStaff(viewer)} markedReplyId={markedReplyId} />
        ) : (
          <p className="text-gray-700">{t('noReplies')}</p>
        )}
        {nextCursor ? (
          <nav aria-label={tp('pagesLabel')}>
            <Link
              href={`${path}?after=${encodeURIComponent(nextCursor)}`}
              className="inline-block rounded border border-sea-700 px-3 py-1.5 text-sm text-sea-800 hover:bg-sea-50"
              data-testid="more-replies"
              rel="next"
            >
              {tp('moreReplies')}
            </Link>
          </nav>
        ) : null}
        {focus ? null : thread.canReply ? (
          <div className="rounded-lg bg-white p-4">
            <h3 className="mb-2 font-medium">{t('replyToThread')}</h3>
            <ReplyComposer threadId={thread.id} />
          </div>
        ) : viewer ? (
          <p className="text-gray-700">{thread.locked ? t('locked') : t('closed')}</p>
        ) : (
          <p>
            <Link href={`/signin?next=${encodeURIComponent(path)}`} className="text-sea-700 underline">
              {t('signInToReply')}
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
