import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

// Graceful shutdown for the production server (`next start`), installed by
// instrumentation.ts. Next 16's own SIGTERM handler closes the listener and
// waits for open requests, but without a time limit, without a second-signal
// escape and without a hook to close our resources afterwards; the app sets
// NEXT_MANUAL_SIG_HANDLE=true (npm start does) so this handler is the only one.
//
// The HTTP server is not handed to instrumentation, so it is learned from
// Node's documented `http.server.request.start` diagnostics channel, which
// also gives every request/response pair: that is how in-flight requests
// are counted.
//
// On the first SIGTERM (or SIGINT):
//   1. stop accepting: server.close(), idle keep-alive sockets closed, and
//      every response from now on says `Connection: close`;
//   2. stop background work (the mailer finishes its batch, so no outbox row
//      stays claimed);
//   3. wait until in-flight requests have finished, at most `timeoutMs`;
//   4. close resources (the database pool, the rate limiter's Redis);
//   5. exit 0 (drained) or 1 (timed out).
// A second signal exits at once (130/143).

interface RequestStart {
  request: IncomingMessage;
  response: ServerResponse;
  server: Server;
}

export interface ShutdownOptions {
  /** Longest wait for in-flight requests and background work, in ms. */
  timeoutMs: number;
  /** Background work to stop first (mailer); must not throw. */
  stopBackground: () => Promise<void>;
  /** Resources to close after the last request finished (pool, Redis). */
  closeResources: () => Promise<void>;
  log?: (message: string) => void;
  exit?: (code: number) => void;
}

export interface ShutdownHandle {
  /** Requests being answered now. */
  inFlight(): number;
  /** Runs the shutdown sequence; what a signal triggers. */
  shutdown(signal: string): Promise<void>;
  /** Removes the signal handlers and the request counter (tests). */
  dispose(): void;
}

const state = globalThis as unknown as { __ashoreShutdown?: ShutdownHandle };

export function installGracefulShutdown(options: ShutdownOptions): ShutdownHandle {
  if (state.__ashoreShutdown) return state.__ashoreShutdown;
  const log = options.log ?? ((message: string) => console.info(message));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const servers = new Set<Server>();
  let inFlight = 0;
  let draining = false;
  let drained: (() => void) | null = null;

  const onRequest = (message: unknown) => {
    const { response, server } = message as RequestStart;
    servers.add(server);
    inFlight += 1;
    // During the drain, a keep-alive client must reconnect elsewhere.
    if (draining && !response.headersSent) response.setHeader('connection', 'close');
    response.once('close', () => {
      inFlight -= 1;
      if (draining) {
        server.closeIdleConnections();
        if (inFlight === 0) drained?.();
      }
    });
  };
  subscribe('http.server.request.start', onRequest);

  let started: Promise<void> | null = null;
  const handle: ShutdownHandle = {
    inFlight: () => inFlight,
    shutdown(signal) {
      started ??= (async () => {
        draining = true;
        const deadline = Date.now() + options.timeoutMs;
        log(`[ashore] ${signal}: shutting down; ${inFlight} request(s) in flight, waiting at most ${Math.round(options.timeoutMs / 1000)} s`);
        for (const server of servers) {
          if (server.listening) server.close();
          server.closeIdleConnections();
        }
        const allDone = new Promise<void>((resolve) => {
          drained = resolve;
          if (inFlight === 0) resolve();
        });
        const timedOut = await Promise.race([
          Promise.all([allDone, options.stopBackground()]).then(() => false),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(true), Math.max(0, deadline - Date.now()))),
        ]);
        if (timedOut) log(`[ashore] shutdown: ${inFlight} request(s) still running after the timeout; closing anyway`);
        for (const server of servers) server.closeAllConnections();
        await Promise.race([
          options.closeResources().catch((error: unknown) => log(`[ashore] shutdown: closing resources failed: ${error instanceof Error ? error.message : String(error)}`)),
          new Promise((resolve) => setTimeout(resolve, 5_000)),
        ]);
        log(`[ashore] shutdown complete${timedOut ? ' (timed out)' : ''}`);
        exit(timedOut ? 1 : 0);
      })();
      return started;
    },
    dispose() {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      unsubscribe('http.server.request.start', onRequest);
      if (state.__ashoreShutdown === handle) state.__ashoreShutdown = undefined;
    },
  };

  let signals = 0;
  function onSignal(signal: NodeJS.Signals) {
    signals += 1;
    if (signals > 1) {
      log(`[ashore] second ${signal}: exiting now`);
      exit(signal === 'SIGINT' ? 130 : 143);
      return;
    }
    void handle.shutdown(signal);
  }
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  state.__ashoreShutdown = handle;
  return handle;
}
