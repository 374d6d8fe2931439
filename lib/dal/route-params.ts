import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '../errors';

/** A positive integer id from a URL segment; anything else is a 404, not a 500. */
export function idParam(raw: string | undefined): number {
  if (!raw || !/^\d{1,9}$/.test(raw)) notFound();
  const id = Number(raw);
  if (id < 1) notFound();
  return id;
}

export function optionalIdParam(raw: string | string[] | undefined): number | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined) return undefined;
  return idParam(value);
}

/** Runs a DAL read; not_found and gone become the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isAppError(error) && (error.code === 'not_found' || error.code === 'gone')) notFound();
    throw error;
  }
}
