import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

export type Schema = typeof schema;

/**
 * The common base of the PGlite and postgres-js databases (and of a
 * transaction on either). Domain services take this and never know which
 * engine they run on.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the two drivers' result HKTs differ
export type Database = PgDatabase<any, Schema>;

export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseKind = 'postgres' | 'pglite';
