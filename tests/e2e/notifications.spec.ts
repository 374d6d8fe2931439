import { expect, test } from '@playwright/test';
import { newUser, postStory, signUp } from './helpers';

test('a reply raises the author’s unread count, and opening the thread from the notification reads it', async ({ page, browser }) => {
  const author = newUser('notify');
  const replier = newUser('replier');
  const title = `凌晨两点发的帖子，有人回吗 ${author.handle.slice(-4)}`;

  await signUp(page, author);
  const threadUrl = await postStory(page, {
    title,
    body: '第一次被上门外访，整晚没睡。想知道大家是怎么应对的。',
    stages: ['电话催收', '上门外访'],
    outcome: '仍在处理',
    lender: '招商银行',
  });
  // Authors follow their own thread; nothing is unread yet.
  await expect(page.getByTestId('followThread-button')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('unread-count')).toHaveCount(0);

  // A second member replies, from their own browser.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage, replier);
  await otherPage.goto(threadUrl);
  await otherPage.getByTestId('reply-form').getByLabel('回复内容').fill('别怕，先确认对方身份，记下工号，不要让人进门。');
  await otherPage.getByTestId('reply-form').getByRole('button', { name: '发表回复' }).click();
  await expect(otherPage.getByTestId('reply').filter({ hasText: '记下工号' })).toBeVisible();
  await other.close();

  // The author's count rose (the outbox worker fans the reply out just after it commits).
  await expect(async () => {
    await page.goto('/');
    await expect(page.getByTestId('unread-count')).toHaveText('1', { timeout: 1_000 });
  }).toPass();

  // The notification says who and what, unread; opening it lands on the reply.
  await page.getByTestId('notifications-link').click();
  const item = page.getByTestId('notification').first();
  await expect(item).toHaveAttribute('data-read', 'false');
  await expect(item).toContainText(`${replier.displayName} 回复了你的帖子《${title}》`);
  await expect(item).toContainText('记下工号');
  await item.getByTestId('notification-link').click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/^#r-\d+$/);

  // It is read: the count is gone, here and after a reload.
  await expect(page.getByTestId('unread-count')).toHaveCount(0);
  await page.goto('/notifications');
  await expect(page.getByTestId('notification').first()).toHaveAttribute('data-read', 'true');
  await expect(page.getByTestId('unread-count')).toHaveCount(0);
});

test('a member bookmarks a thread, follows a stage and saves notification settings', async ({ page }) => {
  const member = newUser('bookmark');
  const title = `收到律师函怎么办 ${member.handle.slice(-4)}`;
  await signUp(page, member);
  await postStory(page, { title, body: '律师函上写着七天内还款，否则起诉。', stages: ['信函/律师函'], outcome: '仍在处理', lender: '招商银行' });

  await page.getByTestId('bookmark-button').click();
  await expect(page.getByTestId('bookmark-button')).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/me/bookmarks');
  await expect(page.getByTestId('bookmark')).toHaveCount(1);
  await expect(page.getByTestId('bookmark')).toContainText(title);
  await page.getByTestId('bookmark-button').click();
  await expect(page.getByTestId('bookmark-button')).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(page.getByTestId('bookmark')).toHaveCount(0);

  await page.goto('/stages/lawsuit');
  await expect(page.getByTestId('followStage-button')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('followStage-button').click();
  await expect(page.getByTestId('followStage-button')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByTestId('followStage-button')).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/settings/notifications');
  const form = page.getByTestId('notification-settings');
  await form.getByLabel('有人 @ 我 · 立即发邮件').check();
  await form.getByLabel('每日邮件摘要').uncheck();
  await form.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  await page.reload();
  await expect(form.getByLabel('有人 @ 我 · 立即发邮件')).toBeChecked();
  await expect(form.getByLabel('有人 @ 我 · 站内通知')).toBeChecked();
  await expect(form.getByLabel('每日邮件摘要')).not.toBeChecked();
});

test('an unsubscribe link that was tampered with changes nothing', async ({ request }) => {
  for (const token of ['1.digest.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'garbage', '']) {
    const shown = await request.get(`/api/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(shown.status()).toBe(400);
    expect(await shown.text()).toContain('这个退订链接无效或已被修改');
    const posted = await request.post(`/api/unsubscribe?token=${encodeURIComponent(token)}`, {
      form: { 'List-Unsubscribe': 'One-Click' },
    });
    expect(posted.status()).toBe(400);
  }
});
