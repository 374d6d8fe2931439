// Open (and migrate, and seed) the database when the server starts, so the
// first visitor does not wait for it and a broken database fails loudly.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Unsafe production settings (demo content, no AUTH_SECRET, APP_URL or an
  // explicit TRUST_PROXY) stop the server here, before it listens, rather
  // than at the first request.
  const { env } = await import('./lib/env');
  try {
    env();
  } catch (error) {
    console.error(`[ashore] refusing to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const { getDatabase } = await import('./lib/dal/database');
  await getDatabase();
  // Notifications are fanned out by this process's outbox worker; mail goes
  // out only when an SMTP server is configured.
  const { startOutboxWorkerFromEnv } = await import('./lib/dal/mailer');
  startOutboxWorkerFromEnv();
}
