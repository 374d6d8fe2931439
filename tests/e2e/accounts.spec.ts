import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { newUser, postStory, signOut, signUp } from './helpers';

test('an account without e-mail: recovery codes, reset by code, export, then deletion keeping posts as 已注销用户', async ({ page }) => {
  // A long flow (sign-up, story, reset, two downloads, deletion) on a shared machine.
  test.setTimeout(180_000);
  const user = newUser('nomail', '');
  const codes = await signUp(page, user);
  expect(codes).toHaveLength(10);
  const url = await postStory(page, {
    title: '没有留邮箱也能讲自己的经历',
    body: '我没有填邮箱，只保存了恢复码。',
    stages: ['短信提醒'],
    outcome: '仍在处理',
    lender: '花呗',
  });
  await signOut(page);

  // Forgot the password: the handle and one saved code set a new one and sign in.
  await page.goto('/signin');
  await page.getByRole('link', { name: '忘记密码？' }).click();
  const reset = page.getByTestId('reset-code-form');
  await reset.getByLabel('用户名').fill(user.handle);
  await reset.getByLabel('恢复码').fill(codes[0]!);
  await reset.getByLabel('新密码').fill('a brand new passphrase');
  await reset.getByRole('button', { name: '设置新密码' }).click();
  await expect(page).toHaveURL(/\/settings\/account$/);
  await expect(page.getByTestId('viewer-name')).toHaveText(user.displayName);
  await expect(page.getByTestId('codes-left')).toContainText('还有 9 个');

  // The export is a download of one's own data, anonymous posts included.
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  const download = await downloadPromise;
  const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    profile: { handle: string; email: string | null };
    threads: { title: string }[];
  };
  expect(data.profile).toMatchObject({ handle: user.handle, email: null });
  expect(data.threads.map((t) => t.title)).toEqual(['没有留邮箱也能讲自己的经历']);
  const html = await page.request.get('/me/export/html');
  expect(html.headers()['content-type']).toContain('text/html');
  expect(await html.text()).toContain('我没有填邮箱，只保存了恢复码。');

  // Delete the account, keeping the posts detached.
  const form = page.getByTestId('delete-form');
  await form.getByLabel('保留内容', { exact: false }).check();
  await form.getByLabel('当前密码').fill('a brand new passphrase');
  await form.getByLabel('我明白注销无法撤销').check();
  await form.getByRole('button', { name: '永久注销账户' }).click();
  await expect(page.getByRole('link', { name: '登录' })).toBeVisible();
  await expect(page.getByTestId('viewer-name')).toHaveCount(0);

  await page.goto(url);
  await expect(page.getByTestId('thread').getByTestId('author-deleted')).toHaveText('已注销用户');
  await expect(page.getByTestId('thread')).toContainText('我没有填邮箱，只保存了恢复码。');
  await expect(page.getByTestId('thread').locator(`a[href="/u/${user.handle}"]`)).toHaveCount(0);
  expect((await page.request.get(`/u/${user.handle}`)).status()).toBe(404);
  // The export needs a session.
  expect((await page.request.get('/me/export/json')).status()).toBe(401);
});

test('deleting an account can erase its posts, leaving a tombstone', async ({ page }) => {
  test.setTimeout(120_000);
  const user = newUser('erase', '');
  await signUp(page, user);
  const url = await postStory(page, {
    title: '这段经历我之后想全部删掉',
    body: '注销时选择清除内容，这段文字应该消失。',
    stages: ['电话催收'],
    outcome: '仍在处理',
    lender: '花呗',
  });
  await page.getByTestId('settings-link').click();
  const form = page.getByTestId('delete-form');
  // A wrong password keeps the account, and the form keeps the choice.
  await form.getByLabel('清除内容', { exact: false }).check();
  await form.getByLabel('当前密码').fill('not the password');
  await form.getByLabel('我明白注销无法撤销').check();
  await form.getByRole('button', { name: '永久注销账户' }).click();
  await expect(page.getByTestId('field-error-currentPassword')).toHaveText('当前密码不正确。');
  await expect(form.getByLabel('清除内容', { exact: false })).toBeChecked();

  await form.getByLabel('当前密码').fill(user.password);
  await form.getByRole('button', { name: '永久注销账户' }).click();
  await expect(page.getByRole('link', { name: '登录' })).toBeVisible();

  await page.goto(url);
  await expect(page.getByTestId('thread-deleted')).toBeVisible();
  await expect(page.locator('#thread-title')).toHaveText('（内容已删除）');
  await expect(page.getByTestId('thread')).not.toContainText('这段文字应该消失');
});
