import { expect, test } from '@playwright/test';
import { newUser, postStory, signIn, signOut, signUp } from './helpers';

// Every channel the safety issue lists, tried from the outside for one
// anonymous story and one anonymous reply: none may name the author.
test('an anonymous author cannot be unmasked through any channel', async ({ page, browser }) => {
  const author = newUser('hidden');
  const owner = newUser('owner');
  const marker = `匿名渠道测试${author.handle.slice(-5)}`;

  // The thread owner, who will receive a notification about the anonymous reply.
  await signUp(page, owner);
  const ownerStory = await postStory(page, { title: `${marker} 楼主的帖子`, body: '想听听大家的建议。', stages: ['电话催收'], outcome: '仍在处理', lender: '中信银行' });
  await signOut(page);

  await signUp(page, author);
  const anonymousStory = await postStory(page, {
    title: `${marker} 匿名经历`,
    body: `${marker}：我不想让同事知道我逾期了。`,
    stages: ['电话催收'],
    outcome: '仍在处理',
    lender: '中信银行',
    anonymous: true,
  });
  await page.goto(ownerStory);
  await page.getByTestId('reply-form').getByLabel('回复内容').fill(`${marker} 匿名回复`);
  await page.getByTestId('reply-form').getByLabel('匿名回复').check();
  await page.getByTestId('reply-form').getByRole('button', { name: '发表回复' }).click();
  await expect(page.getByTestId('reply').filter({ hasText: `${marker} 匿名回复` })).toBeVisible();
  await signOut(page);

  const traces = [author.handle, author.displayName, author.email];
  const visitor = await browser.newContext({ locale: 'zh-CN' });
  const threadId = anonymousStory.match(/\/t\/(\d+)/)![1];
  const channels: Record<string, string> = {
    page: await (await visitor.request.get(anonymousStory)).text(),
    'RSC payload': await (await visitor.request.get(anonymousStory, { headers: { RSC: '1' } })).text(),
    JSON: await (await visitor.request.get(`/api/threads/${threadId}`)).text(),
    'reply page': await (await visitor.request.get(ownerStory)).text(),
    search: await (await visitor.request.get(`/search?q=${encodeURIComponent(marker)}`)).text(),
    'search API': await (await visitor.request.get(`/api/search?q=${encodeURIComponent(marker)}`)).text(),
    feed: await (await visitor.request.get('/feeds/stories.xml')).text(),
    'story list': await (await visitor.request.get('/stories')).text(),
    profile: await (await visitor.request.get(`/u/${author.handle}`)).text(),
  };
  await visitor.close();
  expect(channels.page).toContain(marker);
  expect(channels.search).toContain(marker);
  expect(channels.feed).toContain(marker);
  expect(channels.page).toMatch(/<meta property="og:title"/);
  for (const [name, body] of Object.entries(channels)) {
    for (const trace of traces.slice(name === 'profile' ? 2 : 0)) expect(body, `${name} leaks ${trace}`).not.toContain(trace);
  }
  // The author's own profile lists neither anonymous post.
  expect(channels.profile).not.toContain(marker);

  // The notification the owner receives names only the pseudonym.
  await signIn(page, owner);
  // Fanned out by the outbox worker just after the reply: poll rather than read once.
  let notifications = '';
  await expect
    .poll(async () => (notifications = await (await page.request.get('/notifications')).text()))
    .toContain('匿名用户');
  for (const trace of traces) expect(notifications).not.toContain(trace);
});
