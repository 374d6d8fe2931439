import { NextResponse } from 'next/server';
import { checkAppHealth } from '@/lib/dal/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await checkAppHealth();
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
