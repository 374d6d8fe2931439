import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ReplyEditForm } from '@/components/replies/reply-edit-form';
import { getReplyDraft } from '@/lib/dal/forum';
import { idParam, orNotFound } from '@/lib/dal/route-params';
import { getViewer } from '@/lib/dal/viewer';
import { AppError } from '@/lib/errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('form'))('editReplyTitle') };
}

export default async function EditReplyPage({ params }: { params: Promise<{ id: string }> }) {
  const replyId = idParam((await params).id);
  if (!(await getViewer())) redirect(`/signin?next=/replies/${replyId}/edit`);
  const draft = await orNotFound(
    getReplyDraft(replyId).catch((error) => {
      throw error instanceof AppError && error.code === 'forbidden' ? new AppError('not_found') : error;
    }),
  );
  const t = await getTranslations('form');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('editReplyTitle')}</h1>
      <ReplyEditForm replyId={draft.replyId} body={draft.body} />
    </div>
  );
}
