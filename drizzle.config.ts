import { defineConfig } from 'drizzle-kit';

// Migrations are generated from db/schema and committed; both drivers apply
// the same folder at start-up (db/connect.ts). drizzle-kit is only used to
// generate, never to push to a live database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  casing: 'snake_case',
  strict: true,
  verbose: true,
});
