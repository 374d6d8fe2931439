'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormError } from '@/components/ui/form-feedback';
import { SubmitButton } from '@/components/ui/submit-button';
import { saveNotificationSettingsAction } from '@/lib/actions/notifications';
import type { NotificationSettings } from '@/lib/notifications/preferences';

/** Per type: in-app on/off and immediate mail on/off; and the daily digest. */
export function NotificationSettingsForm({ settings, mailEnabled }: { settings: NotificationSettings; mailEnabled: boolean }) {
  const t = useTranslations('notificationSettings');
  const [state, formAction] = useActionState(saveNotificationSettingsAction, null);
  return (
    <form action={formAction} className="space-y-4 rounded-lg bg-white p-4 shadow-sm" data-testid="notification-settings">
      {mailEnabled ? null : <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">{t('emailDisabled')}</p>}
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-sea-100">
            <th scope="col" className="py-2">
              {t('type')}
            </th>
            <th scope="col" className="py-2 text-center">
              {t('inApp')}
            </th>
            <th scope="col" className="py-2 text-center">
              {t('emailImmediately')}
            </th>
          </tr>
        </thead>
        <tbody>
          {settings.types.map(({ type, inApp, emailImmediately }) => (
            <tr key={type} className="border-b border-sea-50">
              <th scope="row" className="py-2 font-normal">
                {t(`types.${type}`)}
              </th>
              <td className="py-2 text-center">
                <input type="checkbox" name={`inApp.${type}`} defaultChecked={inApp} aria-label={`${t(`types.${type}`)} · ${t('inApp')}`} />
              </td>
              <td className="py-2 text-center">
                <input
                  type="checkbox"
                  name={`email.${type}`}
                  defaultChecked={emailImmediately}
                  aria-label={`${t(`types.${type}`)} · ${t('emailImmediately')}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="digest" defaultChecked={settings.digest} className="mt-1" />
        <span>
          <span className="font-medium">{t('digest')}</span>
          <span className="block text-sm text-gray-600">{t('digestHint')}</span>
        </span>
      </label>
      {state && !state.ok ? <FormError message={state.message} /> : null}
      {state?.ok ? (
        <p role="status" className="text-sm text-sea-800" data-testid="settings-saved">
          {t('saved')}
        </p>
      ) : null}
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
