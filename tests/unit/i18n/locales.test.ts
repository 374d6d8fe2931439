import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '@/lib/i18n/locales';
import { loadMessages } from '@/lib/i18n/messages';

const [en, zh] = await Promise.all([loadMessages('en'), loadMessages('zh-CN')]);

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locale negotiation', () => {
  it.each([
    [undefined, 'zh-CN,zh;q=0.9', 'zh-CN'],
    [undefined, 'zh-TW,zh;q=0.9', 'zh-CN'],
    [undefined, 'en-GB,en;q=0.8', 'en'],
    [undefined, 'fr-FR,de;q=0.5', 'zh-CN'],
    [undefined, null, 'zh-CN'],
    [undefined, '*;;;garbage', 'zh-CN'],
    ['en', 'zh-CN', 'en'],
    ['xx', 'en', 'en'],
  ])('cookie %s with Accept-Language %s → %s', (cookie, header, expected) => {
    expect(negotiateLocale(cookie, header)).toBe(expected);
  });
});

describe('message catalogs', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('have no empty Chinese strings except deliberately blank role labels', () => {
    const blank = keys(zh).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], zh) === '');
    expect(blank).toEqual(['author.roles.member']);
  });
});

describe('client components', () => {
  it('only use namespaces <ClientIntl> sends to the browser, and the root layout ships no client provider', async () => {
    const { readFileSync, readdirSync, statSync } = await import('node:fs');
    const path = await import('node:path');
    const { CLIENT_NAMESPACES } = await import('@/components/i18n/client-intl');
    const sent: readonly string[] = CLIENT_NAMESPACES;
    // Every namespace sent exists in the catalogs, so a rename cannot silently send nothing.
    for (const ns of sent) expect(Object.keys(en), ns).toContain(ns);
    // The provider on every page is what put next-intl's runtime in the read pages' JS.
    expect(readFileSync('app/layout.tsx', 'utf8')).not.toMatch(/from 'next-intl'|<NextIntlClientProvider|<ClientIntl[ >]/);
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (file.endsWith('.tsx')) files.push(file);
      }
    };
    ['components', 'app'].forEach(walk);
    const used = new Set<string>();
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      if (!source.startsWith("'use client'")) continue;
      for (const match of source.matchAll(/useTranslations\('([a-zA-Z]+)/g)) {
        expect(sent, file).toContain(match[1]);
        used.add(match[1]!);
      }
    }
    // And nothing is sent that no client component reads.
    expect([...sent].sort()).toEqual([...used].sort());
  });
});
