// Open (and migrate, and seed) the database when the server starts, so the
// first visitor does not wait for it and a broken database fails loudly.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Unsafe production settings (demo content, no AUTH_SECRET, APP_URL or an
  // explicit TRUST_PROXY) stop the server here, before it listens, rather
  // than at the first request.
  const { env } = await import('./lib/env');
  let config: ReturnType<typeof env>;
  try {
    config = env();
  } catch (error) {
    console.error(`[ashore] refusing to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  // SIGTERM drains requests, stops the outbox worker and closes the pool (see
  // lib/shutdown/graceful-shutdown.ts); `next dev` keeps its own handling.
  if (config.NODE_ENV === 'production') {
    const [{ installGracefulShutdown }, { closeDatabase }, { stopMailer }, { closeRateLimiter }] = await Promise.all([
      import('./lib/shutdown/graceful-shutdown'),
      import('./lib/dal/database'),
      import('./lib/dal/mailer'),
      import('./lib/dal/rate-limiter-instance'),
    ]);
    installGracefulShutdown({
      timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
      stopBackground: stopMailer,
      closeResources: async () => {
        await Promise.all([closeDatabase(), closeRateLimiter()]);
      },
    });
  }
  const { getDatabase, getDatabaseHandle } = await import('./lib/dal/database');
  await getDatabase();
  // `npm run db:backup` on the embedded database asks this process (the
  // folder's only owner) for the dump with SIGUSR2.
  if (config.NODE_ENV === 'production' && !config.DATABASE_URL) {
    const { handleBackupSignal } = await import('./lib/backup/pglite-backup');
    handleBackupSignal(config.PGLITE_DATA_DIR, async () => {
      const handle = await getDatabaseHandle();
      if (!('client' in handle)) throw new Error('not an embedded database');
      return handle.client as import('@electric-sql/pglite').PGlite;
    });
  }
  // Notifications are fanned out by this process's outbox worker; mail goes
  // out only when an SMTP server is configured.
  const { startOutboxWorkerFromEnv } = await import('./lib/dal/mailer');
  startOutboxWorkerFromEnv();
}
