'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FieldError, FormError } from '@/components/ui/form-feedback';
import { SubmitButton } from '@/components/ui/submit-button';
import { inviteExpertsAction } from '@/lib/actions/experts';

export function InviteForm({
  threadId,
  candidates,
  invited,
}: {
  threadId: number;
  candidates: { userId: number; label: string }[];
  invited: string[];
}) {
  const t = useTranslations('questions');
  const [state, formAction] = useActionState(inviteExpertsAction, null);
  const [chosen, setChosen] = useState<number[]>([]);
  return (
    <section aria-labelledby="invite-heading" className="rounded-lg bg-white p-4" data-testid="invite-experts">
      <h2 id="invite-heading" className="font-medium">
        {t('invite')}
      </h2>
      <p className="text-sm text-gray-600">{t('inviteIntro')}</p>
      {invited.length ? <p className="mt-1 text-sm">{t('invited', { names: invited.join('、') })}</p> : null}
      {candidates.length === 0 ? (
        <p className="mt-2 text-sm text-gray-700">{t('noInvitable')}</p>
      ) : (
        <form action={formAction} className="mt-2 space-y-2">
          <input type="hidden" name="threadId" value={threadId} />
          <FormError message={state && !state.ok ? state.message : undefined} />
          {state?.ok ? <p role="status" className="text-sm text-sea-800">{t('inviteDone')}</p> : null}
          <fieldset className="flex flex-wrap gap-2">
            <legend className="sr-only">{t('invite')}</legend>
            {candidates.map((c) => (
              <label key={c.userId} className="flex items-center gap-1.5 rounded border border-gray-300 px-2 py-1 text-sm">
                <input
                  type="checkbox"
                  name="expertIds"
                  value={c.userId}
                  checked={chosen.includes(c.userId)}
                  onChange={(e) => setChosen((ids) => (e.target.checked ? [...ids, c.userId] : ids.filter((x) => x !== c.userId)))}
                />
                {c.label}
              </label>
            ))}
          </fieldset>
          <FieldError id="invite-error" errors={state && !state.ok ? state.fieldErrors : undefined} name="expertIds" />
          <SubmitButton className="text-sm">{t('inviteSubmit')}</SubmitButton>
        </form>
      )}
    </section>
  );
}
