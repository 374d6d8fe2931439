import { headers } from 'next/headers';
import { serializeJsonLd } from '@/lib/seo/json-ld';

/** Structured data for search engines, with the request's CSP nonce. */
export async function JsonLd({ data }: { data: Record<string, unknown> | null }) {
  if (!data) return null;
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
