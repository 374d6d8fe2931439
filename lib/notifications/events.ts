import { notificationEvents } from '@/db/schema';
import type { Database } from '@/db/types';

// The writer's half of the fan-out: one row in the writer's transaction, and
// a wake-up for this process's worker once it has committed. The worker's
// half is ./fan-out.ts.

export type NotificationEvent =
  /** A reply was published (written, or approved after review). */
  | { type: 'reply_published'; threadId: number; replyId: number; now: Date }
  /** A story or question was published (written, or approved after review). */
  | { type: 'thread_published'; threadId: number; now: Date };

/** Queues an event to be fanned out. Call inside the writer's transaction. */
export async function queueNotificationEvent(tx: Database, event: NotificationEvent): Promise<void> {
  await tx.insert(notificationEvents).values({
    type: event.type,
    threadId: event.threadId,
    replyId: event.type === 'reply_published' ? event.replyId : null,
    occurredAt: event.now,
    nextAttemptAt: event.now,
  });
}

// The signal lives on globalThis: Next.js may load this module more than once
// in one process (instrumentation and route bundles), and a writer in one
// copy must reach the worker started from another.
type Listener = () => void;
const bus = globalThis as unknown as { __ashoreNotificationListeners?: Set<Listener> };
const listeners = (bus.__ashoreNotificationListeners ??= new Set<Listener>());

/**
 * Tells this process's worker that events were committed, so notifications
 * appear at once rather than at its next poll. Call after the commit; harmless
 * when no worker runs (tests, scripts) or when nothing was queued.
 */
export function notificationEventsCommitted(): void {
  for (const listener of listeners) listener();
}

/** Subscribes the worker; returns the unsubscribe function. */
export function onNotificationEventsCommitted(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
