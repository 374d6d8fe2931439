// Scratch PostgreSQL databases for the soak benchmark and the fault suite:
// created next to a server URL, migrated with the committed migrations,
// filled with the demo content plus synthetic stories, dropped afterwards.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createPostgresDatabase } from '../../db/connect';
import { loadDemoContent } from '../../db/seed/load-demo-content';
import { seedSyntheticStories } from '../../db/seed/synthetic';
import type { Database } from '../../db/types';

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

export interface TestMember {
  id: number;
  email: string;
  handle: string;
  password: string;
}

/** Members old enough to be out of the new-user sandbox, created through the sign-up service. */
export async function createMembersIn(db: Database, prefix: string, count: number): Promise<TestMember[]> {
  const { registerUser } = await import('../../lib/accounts/register-user');
  const password = 'fault-drill-password-2026';
  const longAgo = () => new Date(Date.now() - 400 * 24 * 3_600_000);
  const members: TestMember[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${prefix}${i}`;
    const email = `${name}@faults.example.test`;
    const member = await registerUser(db, { email, handle: name, displayName: `演练${i}`, password }, { clock: longAgo });
    members.push({ id: member.id, email, handle: name, password });
  }
  return members;
}

export async function createMembers(url: string, prefix: string, count: number): Promise<TestMember[]> {
  const handle = createPostgresDatabase(url, { max: 1 });
  try {
    return await createMembersIn(handle.db, prefix, count);
  } finally {
    await handle.close();
  }
}

/** Ids of a few published stories of the demo content. */
export async function storyIds(url: string, limit = 5): Promise<number[]> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await client<{ id: number }[]>`select id from threads where status = 'published' and kind = 'story' order by id limit ${limit}`;
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}
