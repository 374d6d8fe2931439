import type { Database } from '@/db/types';
import { fanOutNotificationEvents } from '@/lib/notifications/fan-out';

/**
 * Runs the outbox worker's notification fan-out until nothing is due, as the
 * server's worker does right after a write. "Due" is judged a day ahead, so
 * events stamped by a test's fixed clock are taken, while a failed event's
 * retry (minutes later) does not loop forever.
 */
export async function drainNotificationEvents(db: Database, options: { now?: Date } = {}): Promise<void> {
  const now = options.now ?? new Date(Date.now() + 24 * 3_600_000);
  for (;;) {
    const report = await fanOutNotificationEvents(db, { now });
    if (report.done + report.retrying + report.failed === 0) return;
  }
}
