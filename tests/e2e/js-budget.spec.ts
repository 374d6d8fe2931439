import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { newUser, postStory, signOut, signUp } from './helpers';

// Read pages ship at most 130 KB of JavaScript, gzipped (issue 10, item 4).
// Every same-page `<script src>` is fetched from the production server and
// gzipped here with node:zlib at level 9; `noModule` polyfills are excluded
// (modern browsers never load them). Inline scripts (the RSC payload) are not
// counted: they are part of the HTML document.
const BUDGET = 130 * 1024;

async function gzippedScriptBytes(page: Page, url: string) {
  await page.goto(url);
  const sources = await page.locator('script[src]').evaluateAll((scripts) =>
    (scripts as HTMLScriptElement[]).filter((s) => !s.noModule).map((s) => s.src),
  );
  expect(sources.length).toBeGreaterThan(0);
  let total = 0;
  for (const src of new Set(sources)) {
    const response = await page.request.get(src);
    expect(response.ok(), src).toBe(true);
    total += gzipSync(await response.body(), { level: 9 }).length;
  }
  return { scripts: new Set(sources).size, total };
}

test('/, /stories and a thread page ship at most 130 KB of gzipped JavaScript to a guest', async ({ page }) => {
  const author = newUser('budget');
  await signUp(page, author);
  const threadUrl = await postStory(page, {
    title: `脚本体积检查 ${author.handle.slice(-4)}`,
    body: '一篇用来量页面脚本体积的故事，内容本身不重要。',
    stages: ['电话催收'],
    outcome: '分期还款',
    lender: '平安银行',
  });
  await signOut(page);

  const pages = { '/': '/', '/stories': '/stories', thread: new URL(threadUrl).pathname };
  const totals: Record<string, number> = {};
  for (const [name, url] of Object.entries(pages)) {
    const { scripts, total } = await gzippedScriptBytes(page, url);
    totals[name] = total;
    console.log(`js-budget ${name}: ${(total / 1024).toFixed(1)} KB gzip (level 9) in ${scripts} scripts`);
  }
  for (const [name, total] of Object.entries(totals)) {
    expect(total, `${name}: ${(total / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(BUDGET);
  }
});
