import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { newUser, postStory, signUp } from './helpers';

/** The JSON-LD of the page currently open, parsed. */
async function jsonLdOf(page: Page) {
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  return JSON.parse(text ?? 'null') as { '@type': string; mainEntity?: Record<string, unknown> };
}

const pathOf = (url: string) => new URL(url).pathname;

test('feeds, sitemap and robots list a new story; a question carries QAPage JSON-LD with the accepted answer', async ({ page, browser, request }) => {
  const author = newUser('feeds');
  await signUp(page, author);
  const title = `催收电话里的 <第一周> & “记录” ${author.handle.slice(-4)}`;
  const storyUrl = await postStory(page, { title, body: '每通电话都记下时间和工号。', stages: ['电话催收'], outcome: '仍在处理', lender: '招商银行' });

  const stories = await request.get('/feeds/stories.xml');
  expect(stories.status()).toBe(200);
  expect(stories.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const feed = await new Parser().parseString(await stories.text());
  const entry = feed.items.find((item) => item.title === title);
  expect(entry, 'the new story is in the feed').toBeTruthy();
  expect(pathOf(entry!.link!)).toBe(pathOf(storyUrl));
  expect(entry!.author).toBe(author.displayName);

  const stage = await new Parser().parseString(await (await request.get('/feeds/stages/calls.xml')).text());
  expect(stage.items.some((item) => item.title === title)).toBe(true);
  const otherStage = await new Parser().parseString(await (await request.get('/feeds/stages/lawsuit.xml')).text());
  expect(otherStage.items.some((item) => item.title === title)).toBe(false);
  expect((await request.get('/feeds/stages/no-such-stage.xml')).status()).toBe(404);
  expect((await request.get('/feeds/questions.xml')).status()).toBe(200);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Disallow: \/mod$/m);
  const sitemapUrls = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1]!);
  expect(sitemapUrls.length).toBeGreaterThan(1);
  const locs: string[] = [];
  for (const url of sitemapUrls) {
    const response = await request.get(pathOf(url));
    expect(response.status()).toBe(200);
    const doc = new XMLParser().parse(await response.text()) as { urlset: { url?: { loc: string } | { loc: string }[] } };
    locs.push(...[doc.urlset.url ?? []].flat().map((u) => u.loc));
  }
  expect(locs.map(pathOf)).toContain(pathOf(storyUrl));
  expect(locs.map(pathOf)).toContain('/stories');

  // A question: QAPage without an accepted answer, then with one once the asker accepts.
  await page.goto('/questions/new');
  const q = page.getByTestId('question-form');
  await q.getByLabel('标题').fill(`收到传票后还能协商吗？${author.handle.slice(-4)}`);
  await q.getByRole('checkbox', { name: '起诉/诉讼', exact: true }).check();
  await q.getByLabel('正文').fill('上周收到法院的传票，开庭前还有机会谈分期吗？');
  await q.getByRole('button', { name: '发布' }).click();
  await expect(page.getByTestId('question-stages')).toContainText('起诉/诉讼');
  const questionUrl = page.url();
  expect((await jsonLdOf(page))['@type']).toBe('QAPage');

  const context = await browser.newContext({ locale: 'zh-CN' });
  const helper = await context.newPage();
  await signUp(helper, newUser('helper'));
  await helper.goto(questionUrl);
  const answerText = '开庭前后都可以继续协商，法院也常组织调解。';
  await helper.getByTestId('reply-form').getByLabel('回复内容').fill(answerText);
  await helper.getByTestId('reply-form').getByRole('button', { name: '发表回复' }).click();
  const reply = helper.getByTestId('reply').filter({ hasText: answerText });
  await expect(reply).toBeVisible();
  const answerId = (await reply.getAttribute('id'))!.slice(2);
  await context.close();

  await page.goto(questionUrl);
  const before = await jsonLdOf(page);
  expect(before.mainEntity?.acceptedAnswer).toBeUndefined();
  await page.getByTestId(`accept-${answerId}`).click();
  await expect(page.getByTestId('accepted-answer')).toBeVisible();
  await page.reload();
  const after = await jsonLdOf(page);
  expect(after['@type']).toBe('QAPage');
  expect(after.mainEntity?.acceptedAnswer).toMatchObject({ '@type': 'Answer', text: answerText, author: { name: expect.any(String) } });
});
