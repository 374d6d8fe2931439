// Open (and migrate, and seed) the database when the server starts, so the
// first visitor does not wait for it and a broken database fails loudly.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // A configuration production must not run with (e.g. TRUST_PROXY unset)
  // stops the process here, instead of a server answering 500 to everyone.
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
