// Loaded by instrumentation.ts (not a React server module, so no server-only marker).
import { env } from '../env';
import { startMailer, type Mailer } from '../mail/mailer';
import { startNotificationWorker, type NotificationWorker } from '../notifications/worker';
import { getDatabase } from './database';

const state = globalThis as unknown as { __ashoreMailer?: Mailer; __ashoreNotificationWorker?: NotificationWorker };

/**
 * Starts this process's outbox worker (once per process): the notification
 * fan-out always (in-app notifications need it), and the mailer when SMTP_URL
 * is set. Everything either needs to resume is in its table.
 */
export function startOutboxWorkerFromEnv(): void {
  const config = env();
  if (config.SMTP_URL && !state.__ashoreMailer) {
    state.__ashoreMailer = startMailer({
      getDatabase,
      transport: config.SMTP_URL,
      from: config.MAIL_FROM,
      appUrl: config.APP_URL,
      secret: config.AUTH_SECRET,
    });
    console.info('[ashore] mailer started');
  }
  if (!state.__ashoreNotificationWorker) {
    state.__ashoreNotificationWorker = startNotificationWorker({
      getDatabase,
      intervalMs: config.NOTIFICATION_POLL_MS,
      // Immediate mail queued by a fan-out goes out now, not at the mailer's next poll.
      onDelivered: () => void state.__ashoreMailer?.tick(),
    });
    console.info('[ashore] notification worker started');
  }
}

/** Stops this process's outbox worker: the notification fan-out at once (its
 * progress is in notification_events) and the mailer after its current batch. */
export async function stopMailer(): Promise<void> {
  state.__ashoreNotificationWorker?.stop();
  state.__ashoreNotificationWorker = undefined;
  const mailer = state.__ashoreMailer;
  state.__ashoreMailer = undefined;
  await mailer?.stop();
}
