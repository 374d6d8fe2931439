import { expect, test } from '@playwright/test';
import { newUser, postStory, signUp } from './helpers';

test('searching 催收 finds a story about 上门催收, with the word marked', async ({ page, browser }) => {
  const author = newUser('visit');
  const title = `上门催收的那天 ${author.handle.slice(-5)}`;
  await signUp(page, author);
  const url = await postStory(page, {
    title,
    body: '早上两个人来敲门，说是银行委托的。上门催收的人在门口站了半个小时，我隔着门让他们出示证件。',
    stages: ['上门外访'],
    outcome: '仍在处理',
    lender: '招商银行',
  });

  // A visitor searches from the header box.
  const visitor = await browser.newContext({ locale: 'zh-CN' });
  const reader = await visitor.newPage();
  await reader.goto('/');
  await reader.getByTestId('header-search').getByRole('searchbox').fill('催收');
  await reader.getByTestId('header-search').getByRole('searchbox').press('Enter');
  await expect(reader).toHaveURL(/\/search\?q=/);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('“催收”的搜索结果');

  const result = reader.getByTestId('search-result').filter({ hasText: title });
  await expect(result).toBeVisible();
  await expect(result.locator('h2 mark')).toHaveText(['催收']);
  await expect(result.getByTestId('search-snippet').locator('mark').first()).toHaveText('催收');
  await result.getByRole('link', { name: title }).click();
  await expect(reader).toHaveURL(new RegExp(`${new URL(url).pathname}$`));

  // Filters narrow the same query; a filter that excludes the story leaves it out.
  await reader.goto(`/search?q=${encodeURIComponent('催收')}&stage=home-visit&lender=cmb`);
  await expect(reader.getByTestId('search-result').filter({ hasText: title })).toBeVisible();
  await reader.goto(`/search?q=${encodeURIComponent('催收')}&lender=huabei`);
  await expect(reader.getByTestId('search-result').filter({ hasText: title })).toHaveCount(0);
  await visitor.close();
});

test('malformed queries give a normal page or an empty one, never an error', async ({ request }) => {
  for (const q of ['"', '&|!', "'); drop table threads; --", '催收'.repeat(500), '😭', '，。！？']) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q.slice(0, 20)).toBe(200);
    const html = await response.text();
    expect(html.includes('data-testid="search-results"') || html.includes('data-testid="search-empty"'), q.slice(0, 20)).toBe(true);

    const api = await request.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(api.status(), q.slice(0, 20)).toBe(200);
    expect(Array.isArray((await api.json()).items)).toBe(true);
  }
});

test('the new-story form suggests similar threads under the title', async ({ page, browser }) => {
  const first = newUser('first');
  const title = `招联金融起诉了我 ${first.handle.slice(-5)}`;
  await signUp(page, first);
  await postStory(page, {
    title,
    body: '收到法院短信，说已经立案，准备参加诉前调解。',
    stages: ['起诉/诉讼'],
    outcome: '被起诉',
    lender: '招联金融',
  });

  const context = await browser.newContext({ locale: 'zh-CN' });
  const writer = await context.newPage();
  await signUp(writer, newUser('second'));
  const lookups: { method: string; url: string; body: string }[] = [];
  writer.on('request', (request) => {
    if (request.url().includes('/api/search/similar')) lookups.push({ method: request.method(), url: request.url(), body: request.postData() ?? '' });
  });
  await writer.goto('/new');
  await writer.getByTestId('story-form').getByLabel('标题').fill('招联金融要起诉我，怎么办');
  const similar = writer.getByTestId('similar-threads');
  await expect(similar.getByRole('link', { name: title })).toBeVisible();
  await expect(similar.getByRole('link', { name: title })).toHaveAttribute('target', '_blank');

  // A phone number typed into the title is masked before it leaves the
  // browser, and the title travels in a POST body, never in a URL.
  const sent = lookups.length;
  await writer.getByTestId('story-form').getByLabel('标题').fill('招联金融打我手机13800138000要起诉我');
  await expect.poll(() => lookups.length).toBeGreaterThan(sent);
  for (const lookup of lookups) {
    expect(lookup.method).toBe('POST');
    expect(new URL(lookup.url).search).toBe('');
    expect(lookup.body).not.toContain('13800138000');
  }
  expect(lookups.at(-1)!.body).toContain('138****8000');
  await context.close();
});

test('too many searches: the API answers 429 with Retry-After, the page says so', async ({ page }) => {
  await signUp(page, newUser('busy'));
  let limited = null;
  for (let i = 0; i < 40 && !limited; i++) {
    const response = await page.request.get(`/api/search?q=${encodeURIComponent(`催收 ${i}`)}`);
    if (response.status() === 429) limited = response;
    else expect(response.status()).toBe(200);
  }
  expect(limited).not.toBeNull();
  expect(Number(limited!.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await limited!.json()).error).toBe('rate_limited');

  const response = await page.goto(`/search?q=${encodeURIComponent('停息挂账')}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('search-rate-limited')).toContainText('搜索太频繁了');
});
