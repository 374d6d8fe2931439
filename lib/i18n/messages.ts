import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from './locales';

type Messages = Record<string, unknown>;

/**
 * A locale's catalog is every JSON file in messages/<locale>/, one per
 * feature (core, moderation, experts …), merged; a namespace may appear in
 * only one file so features cannot silently overwrite each other.
 */
// turbopackIgnore: the catalogs are read at run time from the project folder, not bundled.
export async function loadMessages(locale: Locale, root = path.join(/*turbopackIgnore: true*/ process.cwd(), 'messages')): Promise<Messages> {
  const dir = path.join(root, locale);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const merged: Messages = {};
  for (const file of files) {
    const part = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Messages;
    for (const [namespace, value] of Object.entries(part)) {
      if (namespace in merged) throw new Error(`Message namespace "${namespace}" is defined twice (messages/${locale}/${file})`);
      merged[namespace] = value;
    }
  }
  return merged;
}

const cache = new Map<Locale, Promise<Messages>>();

/** Catalogs never change while the server runs: read each locale once. */
export function cachedMessages(locale: Locale): Promise<Messages> {
  if (process.env.NODE_ENV === 'development') return loadMessages(locale);
  let messages = cache.get(locale);
  if (!messages) cache.set(locale, (messages = loadMessages(locale)));
  return messages;
}
