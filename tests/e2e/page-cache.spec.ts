import { expect, test, type APIRequestContext } from '@playwright/test';
import { newUser, postStory, signInAsAdmin, signOut, signUp } from './helpers';

// Guests get whole pages from the proxy's microcache (lib/cache/page-cache.ts);
// members never do, and writes through the app clear it at once.

async function guestGet(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  const response = await request.get(url, { headers });
  const html = await response.text();
  const policy = response.headers()['content-security-policy'] ?? '';
  const nonce = policy.match(/'nonce-([^']+)'/)?.[1];
  return { response, html, nonce, cache: response.headers()['x-ashore-cache'] };
}

test('guests share a cached page with a fresh nonce; members never get it; writes show at once', async ({ page, browser }) => {
  const author = newUser('pcache');
  const title = `整页缓存的检查 ${author.handle.slice(-4)}`;
  await signUp(page, author);
  const threadUrl = await postStory(page, {
    title,
    body: '用来检查访客整页缓存的正文。',
    stages: ['电话催收'],
    outcome: '分期还款',
    lender: '平安银行',
  });
  const form = page.getByTestId('reply-form');
  await form.getByLabel('回复内容').fill('缓存之前的第一条回复。');
  await form.getByRole('button', { name: '发表回复' }).click();
  const firstReply = page.getByTestId('reply').filter({ hasText: '缓存之前的第一条回复。' });
  await expect(firstReply).toBeVisible();
  const replyId = (await firstReply.getAttribute('id'))!.slice(2);

  const guest = await browser.newContext({ locale: 'zh-CN' });
  const first = await guestGet(guest.request, threadUrl);
  expect(first.response.status()).toBe(200);
  const second = await guestGet(guest.request, threadUrl);
  expect(second.cache).toBe('hit');
  expect(second.html).toContain('缓存之前的第一条回复。');
  // The stored page carries this response's nonce, and only it.
  expect(second.nonce).toBeTruthy();
  expect(second.nonce).not.toBe(first.nonce);
  expect(second.html).toContain(`nonce="${second.nonce}"`);
  expect(second.html).not.toContain(first.nonce!);
  // Same security headers as a fresh page.
  for (const name of ['x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy']) {
    expect(second.response.headers()[name]).toBe(first.response.headers()[name]);
  }
  // The language is part of the key.
  const english = await guestGet(guest.request, threadUrl, { 'Accept-Language': 'en' });
  expect(english.cache).toBe('miss');
  expect(english.html).toContain('lang="en"');

  // The signed-in author never gets the guest page and sees their own links.
  for (let i = 0; i < 2; i++) {
    const own = await page.request.get(threadUrl);
    expect(own.headers()['x-ashore-cache']).toBeUndefined();
    expect(await own.text()).toContain('data-testid="edit-thread"');
  }

  // A new reply is visible to the guest at once, not after the TTL.
  await page.goto(threadUrl);
  await form.getByLabel('回复内容').fill('写入之后立刻可见的回复。');
  await form.getByRole('button', { name: '发表回复' }).click();
  await expect(page.getByTestId('reply').filter({ hasText: '写入之后立刻可见的回复。' })).toBeVisible();
  const afterReply = await guestGet(guest.request, threadUrl);
  expect(afterReply.cache).toBe('miss');
  expect(afterReply.html).toContain('写入之后立刻可见的回复。');
  expect((await guestGet(guest.request, threadUrl)).cache).toBe('hit');
  await signOut(page);

  // An outsider's copy of the internal render header gains nothing: still cached.
  const outsider = await guestGet(guest.request, threadUrl, { 'x-ashore-page-render': '1' });
  expect(outsider.cache).toBe('hit');

  // A moderator's removal reaches guests at once.
  await signInAsAdmin(page);
  const modView = await page.request.get(threadUrl);
  expect(modView.headers()['x-ashore-cache']).toBeUndefined();
  await page.goto(`/mod/post/reply/${replyId}`);
  const remove = page.getByTestId('mod-remove');
  await remove.getByLabel('理由').fill('与主题无关');
  await remove.getByRole('button', { name: '移除' }).click();
  await expect(page.getByTestId('mod-restore')).toBeVisible();
  const afterRemoval = await guestGet(guest.request, threadUrl);
  expect(afterRemoval.cache).toBe('miss');
  expect(afterRemoval.html).not.toContain('缓存之前的第一条回复。');
  expect(afterRemoval.html).toContain('写入之后立刻可见的回复。');
  await guest.close();
});
