import { eq, sql } from 'drizzle-orm';
import { notificationPreferences, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import type { Untrusted } from '../validation';
import { member, notificationSettingsSchema, parseInput, type NotificationSettingsInput } from './schemas';
import { notificationTypes, type NotificationType } from './types';

export interface NotificationSettings {
  /** Daily digest of unread notifications (only when mail is configured). */
  digest: boolean;
  types: { type: NotificationType; inApp: boolean; emailImmediately: boolean }[];
}

/** The viewer's choices; a type without a row shows its default (in-app on, no immediate mail). */
export async function getNotificationSettings(db: Database, viewer: Viewer): Promise<NotificationSettings> {
  const me = member(viewer);
  const [[user], prefs] = await Promise.all([
    db.select({ emailDigest: users.emailDigest }).from(users).where(eq(users.id, me.id)),
    db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, me.id)),
  ]);
  return {
    digest: user?.emailDigest ?? true,
    types: notificationTypes.map((type) => {
      const pref = prefs.find((p) => p.type === type);
      return { type, inApp: pref?.inApp ?? true, emailImmediately: pref?.emailImmediately ?? false };
    }),
  };
}

/** Saves the whole settings form: every type's two switches and the digest. */
export async function saveNotificationSettings(
  db: Database,
  viewer: Viewer,
  input: Untrusted<NotificationSettingsInput>,
): Promise<NotificationSettings> {
  const me = member(viewer);
  const data = parseInput(notificationSettingsSchema, input);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ emailDigest: data.digest }).where(eq(users.id, me.id));
    await tx
      .insert(notificationPreferences)
      .values(
        notificationTypes.map((type) => ({
          userId: me.id,
          type,
          inApp: data.inApp[type] ?? false,
          emailImmediately: data.email[type] ?? false,
        })),
      )
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.type],
        set: { inApp: sql`excluded.in_app`, emailImmediately: sql`excluded.email_immediately` },
      });
  });
  return getNotificationSettings(db, me);
}

/** Sets one type's switches (tests, and the one-click unsubscribe of immediate mail). */
export async function setNotificationPreference(
  db: Database,
  userId: number,
  type: NotificationType,
  choice: { inApp?: boolean; emailImmediately?: boolean },
): Promise<void> {
  if (choice.inApp === undefined && choice.emailImmediately === undefined) return;
  await db
    .insert(notificationPreferences)
    .values({ userId, type, inApp: choice.inApp ?? true, emailImmediately: choice.emailImmediately ?? false })
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.type],
      set: {
        ...(choice.inApp !== undefined ? { inApp: choice.inApp } : {}),
        ...(choice.emailImmediately !== undefined ? { emailImmediately: choice.emailImmediately } : {}),
      },
    });
}
