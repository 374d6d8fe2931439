import nodemailer from 'nodemailer';
import type { Database } from '@/db/types';
import { enqueueDailyDigests, DIGEST_TIME_ZONE } from './enqueue-daily-digests';
import { sendPendingMail, type MailTransport } from './send-pending-mail';

// The background mailer of one server process. All of its state is in
// email_outbox and users.digestSentAt, so stopping it at any moment loses
// nothing: the next start (or another instance) carries on.

export interface MailerOptions {
  getDatabase: () => Promise<Database>;
  /** nodemailer transport URL (SMTP_URL), or a ready transport (tests). */
  transport: string | MailTransport;
  from: string;
  appUrl: string;
  secret: string;
  intervalMs?: number;
  /** Digests are queued from this local hour on (China Standard Time), once a day. */
  digestHour?: number;
  clock?: () => Date;
  log?: Pick<Console, 'info' | 'error'>;
}

export interface Mailer {
  /** One send pass, and the digest check when an hour has passed since the last. */
  tick(): Promise<void>;
  /**
   * No new passes; resolves when the running pass has finished its batch, so
   * no outbox row is left claimed (leased) by this process.
   */
  stop(): Promise<void>;
}

const HOUR = 3_600_000;

function localHour(now: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: DIGEST_TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(now));
}

export function startMailer(options: MailerOptions): Mailer {
  const { intervalMs = 30_000, digestHour = 8, clock = () => new Date(), log = console } = options;
  const transport = typeof options.transport === 'string' ? nodemailer.createTransport(options.transport) : options.transport;
  let lastDigestCheck = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> | null = null;

  async function pass() {
    const db = await options.getDatabase();
    const now = clock();
    if (now.getTime() - lastDigestCheck >= HOUR && localHour(now) >= digestHour) {
      lastDigestCheck = now.getTime();
      const { queued } = await enqueueDailyDigests(db, { now });
      if (queued) log.info(`[ashore] mailer: queued ${queued} daily digests`);
    }
    // Drain what is due, a batch at a time, without hogging the database.
    for (let batch = 0; batch < 10 && !stopped; batch++) {
      const report = await sendPendingMail(db, transport, { now: clock(), limit: 20, from: options.from, appUrl: options.appUrl, secret: options.secret });
      if (report.failed || report.retrying) log.info(`[ashore] mailer: ${report.sent} sent, ${report.retrying} to retry, ${report.failed} failed`);
      if (report.sent + report.retrying + report.failed < 20) break;
    }
  }

  function tick(): Promise<void> {
    // Never two passes at once in one process.
    running ??= pass()
      .catch((error: unknown) => log.error('[ashore] mailer pass failed:', error instanceof Error ? error.message : error))
      .finally(() => {
        running = null;
      });
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => void tick().then(schedule), intervalMs);
    // The mailer never keeps the process alive on its own.
    timer.unref();
  }
  schedule();

  return {
    tick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
