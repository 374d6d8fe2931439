import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { QuestionForm } from '@/components/questions/question-form';
import { labelOf } from '@/components/threads/labels';
import { createQuestionAction } from '@/lib/actions/experts';
import { getTaxonomy } from '@/lib/dal/database';
import { getViewer } from '@/lib/dal/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('questions'))('newTitle') };
}

export default async function NewQuestionPage() {
  if (!(await getViewer())) redirect('/signin?next=/questions/new');
  const [t, taxonomy, locale] = await Promise.all([getTranslations('questions'), getTaxonomy(), getLocale()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      <p className="text-gray-700">{t('newIntro')}</p>
      <QuestionForm
        action={createQuestionAction}
        mode="create"
        stages={taxonomy.stages.map((s) => ({ id: s.id, label: labelOf(s, locale) }))}
        initial={{ title: '', body: '', stageIds: [] }}
      />
    </div>
  );
}
