'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import {
  createConductEntryAsViewer,
  deleteConductEntryAsViewer,
  editConductEntryAsViewer,
  publishConductSummaryAsViewer,
  saveRuleSetVersionAsViewer,
} from '../dal/conduct';
import { isAppError, type FieldErrors } from '../errors';
import { runAction, type ActionState } from './action-state';
import { field, fields } from './form-data';

// Thin: collect the form, call the DAL (which re-reads the viewer), revalidate.
// Field errors are localized from the conduct catalog first (invalid_time,
// invalid_time_zone, rule-set JSON errors …), then the shared one.

function entryFieldsFrom(form: FormData) {
  return {
    date: field(form, 'date'),
    time: field(form, 'time'),
    timeZone: field(form, 'timeZone'),
    channel: field(form, 'channel'),
    thirdParty: field(form, 'thirdParty'),
    connected: field(form, 'connected'),
    lenderId: field(form, 'lenderId'),
    agency: field(form, 'agency'),
    collectorName: field(form, 'collectorName'),
    categories: fields(form, 'categories'),
    agreedToContactAtNight: field(form, 'agreedToContactAtNight'),
    note: field(form, 'note'),
    evidenceNote: field(form, 'evidenceNote'),
    threadId: field(form, 'threadId'),
  };
}

async function localizeConductFieldErrors(errors: FieldErrors): Promise<FieldErrors> {
  const t = await getTranslations();
  const out: FieldErrors = {};
  for (const [name, keys] of Object.entries(errors)) {
    out[name] = keys.map((key) => {
      const [code, arg] = key.split(':');
      const n = Number(arg);
      if (t.has(`conduct.fieldErrors.${code}`)) return t(`conduct.fieldErrors.${code}`, { max: n, min: n });
      if (t.has(`fieldErrors.${code}`)) return t(`fieldErrors.${code}`, { max: n, min: n });
      return t('fieldErrors.invalid');
    });
  }
  return out;
}

async function runConductAction<T>(work: () => Promise<T>): Promise<ActionState<T>> {
  let raw: FieldErrors | undefined;
  const result = await runAction(async () => {
    try {
      return await work();
    } catch (error) {
      if (isAppError(error)) raw = error.fieldErrors;
      throw error;
    }
  });
  if (result && !result.ok && raw) return { ...result, fieldErrors: await localizeConductFieldErrors(raw) };
  return result;
}

export async function createConductEntryAction(
  _prev: ActionState<{ id: number }>,
  form: FormData,
): Promise<ActionState<{ id: number }>> {
  const result = await runConductAction(() => createConductEntryAsViewer(entryFieldsFrom(form)));
  if (result?.ok) revalidatePath('/me/conduct', 'layout');
  return result;
}

export async function editConductEntryAction(_prev: ActionState<{ id: number }>, form: FormData): Promise<ActionState<{ id: number }>> {
  const result = await runConductAction(() => editConductEntryAsViewer({ ...entryFieldsFrom(form), entryId: field(form, 'entryId') }));
  if (!result?.ok) return result;
  revalidatePath('/me/conduct', 'layout');
  redirect(`/me/conduct#entry-${result.data.id}`);
}

export async function deleteConductEntryAction(_prev: ActionState<{ id: number }>, form: FormData): Promise<ActionState<{ id: number }>> {
  const result = await runConductAction(() => deleteConductEntryAsViewer(field(form, 'entryId')));
  if (result?.ok) revalidatePath('/me/conduct', 'layout');
  return result;
}

export async function saveRuleSetVersionAction(
  _prev: ActionState<{ slug: string; version: number }>,
  form: FormData,
): Promise<ActionState<{ slug: string; version: number }>> {
  const result = await runConductAction(() =>
    saveRuleSetVersionAsViewer({ slug: field(form, 'slug'), definitionJson: field(form, 'definitionJson') }),
  );
  if (result?.ok) revalidatePath('/', 'layout');
  return result;
}

export async function publishConductSummaryAction(
  _prev: ActionState<{ threadId: number; replyId: number; pending: boolean }>,
  form: FormData,
): Promise<ActionState<{ threadId: number; replyId: number; pending: boolean }>> {
  const locale = await getLocale();
  const result = await runConductAction(() =>
    publishConductSummaryAsViewer({
      threadId: field(form, 'threadId'),
      ruleSetSlug: field(form, 'ruleSetSlug'),
      locale: locale === 'en' ? 'en' : 'zh-CN',
    }),
  );
  if (!result?.ok) return result;
  revalidatePath(`/t/${result.data.threadId}`, 'layout');
  return { ok: true, data: { threadId: result.data.threadId, replyId: result.data.id, pending: result.data.status === 'pending' } };
}
