import { expect, test } from '@playwright/test';
import { newUser, postStory, signIn, signInAsAdmin, signOut, signUp } from './helpers';

// Issue 11, item 5: edit history is the author's and staff's only, and a
// redaction takes the removed words out of every earlier version too.

test('a redacted story’s history shows no removed text to a guest or another member', async ({ page, browser }) => {
  // Five accounts' worth of steps: longer than one ordinary test.
  test.setTimeout(180_000);
  const author = newUser('redacted');
  // A made-up name, unique to this run, stands for what must disappear.
  const secret = `甄${author.handle.slice(-4)}`;
  await signUp(page, author);
  const url = await postStory(page, {
    title: `催收员${secret}天天打电话`,
    body: `他自称${secret}，说下周要上门。`,
    stages: ['电话催收'],
    outcome: '仍在处理',
    lender: '花呗',
  });
  const threadId = url.match(/\/t\/(\d+)/)![1];
  // The author takes the name out of the title; the first version still has it.
  await page.getByTestId('edit-thread').click();
  await page.getByTestId('story-form').getByLabel('标题').fill('催收员天天打电话');
  await page.getByTestId('story-form').getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '催收员天天打电话' })).toBeVisible();
  await signOut(page);

  await signInAsAdmin(page);
  await page.goto(`/mod/post/thread/${threadId}`);
  const redact = page.getByTestId('mod-redact');
  await redact.getByLabel('正文').fill('他自称（姓名已由版主隐去），说下周要上门。');
  await redact.getByLabel('理由').fill('含他人真实姓名');
  await redact.getByRole('button', { name: '编辑隐去内容' }).click();
  await expect(redact.getByRole('status')).toBeVisible();
  // Staff still see that there were three versions, and none holds the name.
  await page.goto(`/t/${threadId}/history`);
  await expect(page.getByTestId('revision')).toHaveCount(3);
  expect(await page.locator('main').innerText()).not.toContain(secret);
  await page.goto('/mod/log');
  await expect(page.getByTestId('mod-log')).toContainText('含他人真实姓名');
  expect(await page.getByTestId('mod-log').innerText()).not.toContain(secret);
  await signOut(page);

  const guest = await browser.newContext({ locale: 'zh-CN' });
  const memberContext = await browser.newContext({ locale: 'zh-CN' });
  const memberPage = await memberContext.newPage();
  await signUp(memberPage, newUser('curious'));
  for (const [who, context, visitor] of [
    ['guest', guest, await guest.newPage()],
    ['member', memberContext, memberPage],
  ] as const) {
    const history = await context.request.get(`/t/${threadId}/history`);
    expect(history.status(), who).toBe(404);
    expect(await history.text(), who).not.toContain(secret);
    await visitor.goto(url);
    await expect(visitor.getByTestId('thread')).toContainText('姓名已由版主隐去');
    await expect(visitor.getByTestId('history-link')).toHaveCount(0);
    expect(await visitor.content(), who).not.toContain(secret);
    expect(await (await context.request.get(`/api/threads/${threadId}`)).text(), who).not.toContain(secret);
  }
  await guest.close();
  await memberContext.close();

  // The author keeps their history, rewritten like everyone else's view.
  await signIn(page, author);
  await page.goto(`/t/${threadId}/history`);
  await expect(page.getByTestId('revision')).toHaveCount(3);
  expect(await page.locator('main').innerText()).not.toContain(secret);
});
