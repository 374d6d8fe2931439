import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { createPostgresDatabase } from '../../db/connect';
import { adminUrl, databaseUrl } from './postgres-urls';

/**
 * Builds a migrated template database next to the one DATABASE_URL names
 * (never inside it: tests create and drop their own databases).
 */
export default async function setup(project: TestProject) {
  const base = process.env.DATABASE_URL!;
  const template = `ashore_tpl_${process.pid}`;
  const admin = postgres(adminUrl(base), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${template}`);
  await admin.unsafe(`create database ${template}`);
  const handle = createPostgresDatabase(databaseUrl(base, template), { max: 1 });
  await handle.migrate();
  await handle.close();
  project.provide('postgresTemplate', template);
  return async () => {
    await admin.unsafe(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}
