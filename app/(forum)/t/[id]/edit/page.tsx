import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { StoryForm } from '@/components/threads/story-form';
import { storyFormOptions } from '@/components/threads/story-form-options';
import { editStoryAction } from '@/lib/actions/forum';
import { getTaxonomy } from '@/lib/dal/database';
import { getThreadDraftForViewer } from '@/lib/dal/forum';
import { QuestionForm } from '@/components/questions/question-form';
import { labelOf } from '@/components/threads/labels';
import { editQuestionAction } from '@/lib/actions/experts';
import { idParam, orNotFound } from '@/lib/dal/route-params';
import { getViewer } from '@/lib/dal/viewer';
import { AppError } from '@/lib/errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('form'))('editStoryTitle') };
}

export default async function EditStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const threadId = idParam((await params).id);
  if (!(await getViewer())) redirect(`/signin?next=/t/${threadId}/edit`);
  // Someone else's story: shown as not found, like anything the viewer may not touch.
  const draft = await orNotFound(
    getThreadDraftForViewer(threadId).catch((error) => {
      throw error instanceof AppError && error.code === 'forbidden' ? new AppError('not_found') : error;
    }),
  );
  const [t, taxonomy, locale] = await Promise.all([getTranslations('form'), getTaxonomy(), getLocale()]);
  if (draft.kind === 'question') {
    const tq = await getTranslations('questions');
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{tq('editTitle')}</h1>
        <QuestionForm
          action={editQuestionAction}
          mode="edit"
          stages={taxonomy.stages.map((s) => ({ id: s.id, label: labelOf(s, locale) }))}
          initial={{ threadId: draft.threadId, title: draft.title, body: draft.body, stageIds: draft.stageIds }}
        />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('editStoryTitle')}</h1>
      <StoryForm
        action={editStoryAction}
        mode="edit"
        options={storyFormOptions(taxonomy, locale)}
        initial={{ ...draft, anonymous: false }}
      />
    </div>
  );
}
