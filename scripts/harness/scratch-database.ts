// Scratch PostgreSQL databases for the soak benchmark and the fault suite:
// created next to a server URL, migrated with the committed migrations,
// filled with the demo content plus synthetic stories, dropped afterwards.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createPostgresDatabase } from '../../db/connect';
import { loadDemoContent } from '../../db/seed/load-demo-content';
import { seedSyntheticStories } from '../../db/seed/synthetic';

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** The same server as `serverUrl`, another database. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(databaseUrl(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(serverUrl, name),
    name,
    async drop() {
      const again = postgres(databaseUrl(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
      try {
        await again.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await again.end();
      }
    },
  };
}

/** Migrates and loads the demo content (accounts, stories, questions) plus `stories` synthetic stories. */
export async function seedForum(url: string, options: { stories?: number; repliesPerStory?: number } = {}): Promise<void> {
  const handle = createPostgresDatabase(url, { max: 2 });
  try {
    await handle.migrate();
    await loadDemoContent(handle.db);
    if (options.stories) {
      await seedSyntheticStories(handle.db, { stories: options.stories, repliesPerStory: options.repliesPerStory ?? 3 });
    }
  } finally {
    await handle.close();
  }
}
