import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ConductEntryForm } from '@/components/conduct/conduct-entry-form';
import { conductFormOptions } from '@/components/conduct/entry-form-options';
import { editConductEntryAction } from '@/lib/actions/conduct';
import { getConductEntryForViewer, listOwnStoriesForViewer } from '@/lib/dal/conduct';
import { getTaxonomy } from '@/lib/dal/database';
import { idParam, orNotFound } from '@/lib/dal/route-params';
import { getViewer } from '@/lib/dal/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('conduct'))('editTitle'), robots: { index: false } };
}

export default async function EditConductEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const entryId = idParam((await params).id);
  if (!(await getViewer())) redirect(`/signin?next=/me/conduct/${entryId}/edit`);
  // Anyone else's entry is not found, whatever their role.
  const entry = await orNotFound(getConductEntryForViewer(entryId));
  const [t, locale, stories, taxonomy] = await Promise.all([getTranslations('conduct'), getLocale(), listOwnStoriesForViewer(), getTaxonomy()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('editTitle')}</h1>
      <ConductEntryForm
        action={editConductEntryAction}
        mode="edit"
        options={conductFormOptions(taxonomy, stories, locale)}
        initial={{
          entryId: entry.id,
          date: entry.localDate,
          time: entry.localTime,
          timeZone: entry.timeZone,
          channel: entry.channel,
          thirdParty: entry.thirdParty ?? '',
          connected: entry.connected === true,
          lenderId: entry.lender ? String(entry.lender.id) : '',
          agency: entry.agency,
          collectorName: entry.collectorName,
          categories: entry.categories,
          agreedToContactAtNight: entry.agreedToContactAtNight,
          note: entry.note,
          evidenceNote: entry.evidenceNote,
          threadId: entry.threadId ? String(entry.threadId) : '',
        }}
      />
      <Link href="/me/conduct" className="text-sea-700 underline">
        {t('backToLog')}
      </Link>
    </div>
  );
}
