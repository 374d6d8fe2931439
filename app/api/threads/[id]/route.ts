import { NextResponse } from 'next/server';
import { getLocale } from 'next-intl/server';
import { getThreadPageForViewer } from '@/lib/dal/forum';
import { isAppError } from '@/lib/errors';

/**
 * A thread as JSON, with exactly what its page shows this viewer: the same
 * DTOs, so anonymous authors stay anonymous here too.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id) || Number(id) < 1) return NextResponse.json({ error: 'not_found' }, { status: 404 });
  try {
    const locale = (await getLocale()) === 'en' ? 'en' : 'zh-CN';
    const page = await getThreadPageForViewer(Number(id), { locale });
    return NextResponse.json(page, { headers: { 'cache-control': 'private, no-store' } });
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') return NextResponse.json({ error: 'not_found' }, { status: 404 });
    throw error;
  }
}
