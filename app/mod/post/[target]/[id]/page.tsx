import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ModerationForm } from '@/components/moderation/moderation-form';
import { AuthorName } from '@/components/threads/author-name';
import { getPostForModeration } from '@/lib/dal/moderation';
import { idParam, orNotFound } from '@/lib/dal/route-params';
import { getViewer } from '@/lib/dal/viewer';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import { threadPath } from '@/lib/threads/slug';

export const metadata: Metadata = { robots: { index: false } };

export default async function ModeratePostPage({ params }: { params: Promise<{ target: string; id: string }> }) {
  const { target, id } = await params;
  if (target !== 'thread' && target !== 'reply') notFound();
  const post = await orNotFound(getPostForModeration(target, idParam(id)));
  const [t, viewer, locale] = await Promise.all([getTranslations('moderation'), getViewer(), getLocale()]);
  const link = threadPath(post.threadId, post.threadTitle) + (post.target === 'reply' ? `?root=${post.id}#r-${post.id}` : '');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('postTitle')}</h1>
      <p className="text-sm text-gray-700">
        <Link href={link} className="text-sea-700 underline">
          {t('inThread', { title: post.threadTitle })}
        </Link>{' '}
        · {t('status', { status: t(`statuses.${post.status}`) })} · <AuthorName author={post.author} />
      </p>
      {post.author.kind === 'anonymous' ? <p className="text-sm text-gray-600">{t('anonymousAuthor')}</p> : null}
      <article
        className="user-content rounded-lg bg-white p-4"
        data-testid="mod-post-body"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(post.body, { locale: locale === 'en' ? 'en' : 'zh-CN' }) }}
      />
      <div className="grid gap-3 md:grid-cols-2">
        {post.status === 'pending' ? <ModerationForm op="approve" target={post.target} id={post.id} /> : null}
        {post.status === 'published' || post.status === 'pending' ? <ModerationForm op="remove" target={post.target} id={post.id} /> : null}
        {post.status === 'removed' ? <ModerationForm op="restore" target={post.target} id={post.id} /> : null}
        {post.status === 'published' ? <ModerationForm op="dismiss" target={post.target} id={post.id} /> : null}
        {post.target === 'thread' ? <ModerationForm op={post.locked ? 'unlock' : 'lock'} target="thread" id={post.id} /> : null}
        {post.authorId ? (
          <ModerationForm op={post.authorBanned ? 'unban' : 'ban'} target={post.target} id={post.id} userId={post.authorId} />
        ) : null}
        {post.status !== 'deleted' ? (
          <ModerationForm op="redact" target={post.target} id={post.id} redact={{ title: post.title, body: post.body }} />
        ) : null}
        {viewer?.role === 'admin' && post.author.kind === 'anonymous' ? (
          <ModerationForm op="reveal" target={post.target} id={post.id} hint={t('revealHint')} />
        ) : null}
      </div>
    </div>
  );
}
