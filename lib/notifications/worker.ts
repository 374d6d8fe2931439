import type { Database } from '@/db/types';
import { onNotificationEventsCommitted } from './events';
import { fanOutNotificationEvents, pruneNotificationEvents } from './fan-out';

// The notification half of the process's outbox worker (lib/dal/mailer.ts
// starts it next to the mailer, with or without SMTP). All of its state is in
// notification_events, so stopping it at any moment loses nothing.

export interface NotificationWorkerOptions {
  getDatabase: () => Promise<Database>;
  /** Poll for events queued by other processes (or committed inside an outer transaction). */
  intervalMs?: number;
  clock?: () => Date;
  log?: Pick<Console, 'info' | 'error'>;
  /** Called after a pass that told someone (the mailer may have immediate mail to send). */
  onDelivered?: () => void;
}

export interface NotificationWorker {
  /** Fans out everything due, a batch at a time. */
  tick(): Promise<void>;
  stop(): void;
}

const HOUR = 3_600_000;

export function startNotificationWorker(options: NotificationWorkerOptions): NotificationWorker {
  const { intervalMs = 1_000, clock = () => new Date(), log = console } = options;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let lastPrune = 0;

  async function pass() {
    const db = await options.getDatabase();
    let delivered = 0;
    // Drain what is due, a batch at a time, at most 50 batches per pass.
    for (let batch = 0; batch < 50; batch++) {
      const report = await fanOutNotificationEvents(db, { now: clock(), limit: 20 });
      delivered += report.delivered;
      if (report.failed || report.retrying) log.info(`[ashore] notifications: ${report.done} events done, ${report.retrying} to retry, ${report.failed} failed`);
      if (report.done + report.retrying + report.failed < 20) break;
    }
    if (delivered) options.onDelivered?.();
    // Done events are kept a week (to look into a complaint), then pruned, once an hour.
    const now = clock();
    if (now.getTime() - lastPrune >= HOUR) {
      lastPrune = now.getTime();
      await pruneNotificationEvents(db, new Date(now.getTime() - 7 * 24 * HOUR));
    }
  }

  function tick(): Promise<void> {
    if (running) {
      // A wake-up during a pass may concern a row the pass no longer sees: run once more.
      again = true;
      return running;
    }
    running = pass()
      .catch((error: unknown) => log.error('[ashore] notification pass failed:', error instanceof Error ? error.message : error))
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void tick();
        }
      });
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => void tick().then(schedule), intervalMs);
    // The worker never keeps the process alive on its own.
    timer.unref();
  }
  schedule();
  const unsubscribe = onNotificationEventsCommitted(() => {
    if (!stopped) void tick();
  });

  return {
    tick,
    stop() {
      stopped = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
