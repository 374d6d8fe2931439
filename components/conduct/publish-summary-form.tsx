'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { FieldError, FormError, describedBy } from '@/components/ui/form-feedback';
import type { ActionState } from '@/lib/actions/action-state';
import { PendingSubmitButton, submitKeepingFields } from '@/components/ui/keep-fields';
import { replyPermalink } from '@/lib/threads/slug';

type Result = ActionState<{ threadId: number; replyId: number; pending: boolean }>;

/** Publishes a masked summary of the log as a reply in one of the member's own stories. */
export function PublishSummaryForm({
  action,
  stories,
  ruleSetSlug,
}: {
  action: (prev: Result, form: FormData) => Promise<Result>;
  stories: { id: number; label: string }[];
  ruleSetSlug: string;
}) {
  const t = useTranslations('conduct.report');
  const id = useId();
  const [state, formAction, pending] = useActionState(action, null);
  const [threadId, setThreadId] = useState(stories[0] ? String(stories[0].id) : '');
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} onSubmit={submitKeepingFields(formAction)} className="space-y-3" data-testid="conduct-publish-form" noValidate>
      <input type="hidden" name="ruleSetSlug" value={ruleSetSlug} />
      <FormError message={state && !state.ok ? state.message : undefined} />
      <FieldError id={`${id}-form-error`} errors={errors} name="_form" />
      {state?.ok ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900" data-testid="conduct-published">
          {state.data.pending ? t('publishedPending') : t('published')}{' '}
          <Link href={replyPermalink(`/t/${state.data.threadId}`, state.data.replyId)} className="text-sea-700 underline">
            {t('viewReply')}
          </Link>
        </p>
      ) : null}
      <div className="space-y-1">
        <label htmlFor={`${id}-story`} className="block font-medium">
          {t('publishStory')}
        </label>
        <select
          id={`${id}-story`}
          name="threadId"
          value={threadId}
          onChange={(e) => setThreadId(e.target.value)}
          aria-invalid={Boolean(errors?.threadId)}
          aria-describedby={describedBy(errors, 'threadId', `${id}-story-error`)}
          className="w-full rounded border border-gray-300 bg-white px-2 py-1.5"
        >
          {stories.map((story) => (
            <option key={story.id} value={story.id}>
              {story.label}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-story-error`} errors={errors} name="threadId" />
      </div>
      <PendingSubmitButton pending={pending}>{t('publishButton')}</PendingSubmitButton>
    </form>
  );
}
