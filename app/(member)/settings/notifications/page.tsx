import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { NotificationSettingsForm } from '@/components/notifications/notification-settings-form';
import { getNotificationSettingsForViewer, mailEnabled } from '@/lib/dal/notifications';
import { getViewer } from '@/lib/dal/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notificationSettings'))('title'), robots: { index: false } };
}

export default async function NotificationSettingsPage() {
  if (!(await getViewer())) redirect('/signin?next=/settings/notifications');
  const [t, settings] = await Promise.all([getTranslations('notificationSettings'), getNotificationSettingsForViewer()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-gray-700">{t('intro')}</p>
      <NotificationSettingsForm settings={settings} mailEnabled={mailEnabled()} />
    </div>
  );
}
