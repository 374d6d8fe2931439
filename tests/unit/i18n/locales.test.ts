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
  it('only use namespaces the root layout sends to the browser', async () => {
    const { readFileSync, readdirSync, statSync } = await import('node:fs');
    const path = await import('node:path');
    const layout = readFileSync('app/layout.tsx', 'utf8');
    const sent = [...layout.matchAll(/^\s+'([a-zA-Z]+)',$/gm)].map((m) => m[1]);
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (file.endsWith('.tsx')) files.push(file);
      }
    };
    ['components', 'app'].forEach(walk);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      if (!source.startsWith("'use client'")) continue;
      for (const match of source.matchAll(/useTranslations\('([a-zA-Z]+)/g)) expect(sent, file).toContain(match[1]);
    }
  });
});
