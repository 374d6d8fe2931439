// Open (and migrate, and seed) the database when the server starts, so the
// first visitor does not wait for it and a broken database fails loudly.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDatabase } = await import('./lib/dal/database');
  await getDatabase();
  // Notifications are fanned out by this process's outbox worker; mail goes
  // out only when an SMTP server is configured.
  const { startOutboxWorkerFromEnv } = await import('./lib/dal/mailer');
  startOutboxWorkerFromEnv();
}
