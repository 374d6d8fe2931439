import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { StoryForm } from '@/components/threads/story-form';
import { storyFormOptions } from '@/components/threads/story-form-options';
import { createStoryAction } from '@/lib/actions/forum';
import { getTaxonomy } from '@/lib/dal/database';
import { getViewer } from '@/lib/dal/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('form'))('newStoryTitle') };
}

export default async function NewStoryPage() {
  const viewer = await getViewer();
  // A convenience redirect only: createStory re-checks the viewer itself.
  if (!viewer) redirect('/signin?next=/new');
  const [t, taxonomy, locale] = await Promise.all([getTranslations('form'), getTaxonomy(), getLocale()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('newStoryTitle')}</h1>
      <p className="text-gray-700">{t('newStoryIntro')}</p>
      <StoryForm
        action={createStoryAction}
        mode="create"
        options={storyFormOptions(taxonomy, locale)}
        initial={{
          title: '',
          body: '',
          stageIds: [],
          outcomeId: null,
          lenderId: null,
          lenderOther: '',
          amountBandId: null,
          monthsOverdue: null,
          anonymous: false,
          timeline: [],
        }}
      />
    </div>
  );
}
