/** The same server as DATABASE_URL, another database. */
export function databaseUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A maintenance connection for CREATE/DROP DATABASE. */
export function adminUrl(base: string): string {
  return databaseUrl(base, 'postgres');
}
