// Open (and migrate, and seed) the database when the server starts, so the
// first visitor does not wait for it and a broken database fails loudly.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Unsafe production settings (demo content, no AUTH_SECRET or APP_URL)
  // stop the server here, before it listens, rather than at the first request.
  const { env } = await import('./lib/env');
  try {
    env();
  } catch (error) {
    console.error(`[ashore] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const { getDatabase } = await import('./lib/dal/database');
  await getDatabase();
  // Notification mail goes out only when an SMTP server is configured.
  const { startMailerFromEnv } = await import('./lib/dal/mailer');
  startMailerFromEnv();
}
