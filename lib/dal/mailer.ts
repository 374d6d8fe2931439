// Loaded by instrumentation.ts (not a React server module, so no server-only marker).
import { env } from '../env';
import { startMailer, type Mailer } from '../mail/mailer';
import { getDatabase } from './database';

const state = globalThis as unknown as { __ashoreMailer?: Mailer };

/**
 * Starts this process's mailer when SMTP_URL is set (once per process).
 * Everything it needs to resume is in the outbox table.
 */
export function startMailerFromEnv(): void {
  const config = env();
  if (!config.SMTP_URL || state.__ashoreMailer) return;
  state.__ashoreMailer = startMailer({
    getDatabase,
    transport: config.SMTP_URL,
    from: config.MAIL_FROM,
    appUrl: config.APP_URL,
    secret: config.AUTH_SECRET,
  });
  console.info('[ashore] mailer started');
}

/** Stops this process's mailer (if any) after its current batch. */
export async function stopMailer(): Promise<void> {
  const mailer = state.__ashoreMailer;
  state.__ashoreMailer = undefined;
  await mailer?.stop();
}
