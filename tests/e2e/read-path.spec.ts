import { expect, test } from '@playwright/test';
import { newUser, postStory, signIn, signOut, signUp } from './helpers';

// Guests share a cached copy of a thread page (lib/threads/guest-cache.ts);
// members get their own. Nothing of one viewer may show up for another.
test('a member sees their own vote and edit link; the guest page, cached or not, shows no viewer state', async ({ page, browser }) => {
  const author = newUser('cache');
  const voter = newUser('voter');
  const title = `分页与缓存的检查 ${author.handle.slice(-4)}`;

  await signUp(page, author);
  const threadUrl = await postStory(page, {
    title,
    body: '作者自己写的正文，用来检查每个人看到的页面。',
    stages: ['电话催收'],
    outcome: '分期还款',
    lender: '平安银行',
  });
  await page.getByTestId('reply-form').getByLabel('回复内容').fill('作者自己的第一条回复。');
  await page.getByTestId('reply-form').getByRole('button', { name: '发表回复' }).click();
  const ownReply = page.getByTestId('reply').filter({ hasText: '作者自己的第一条回复。' });
  await expect(ownReply).toBeVisible();
  const replyId = (await ownReply.getAttribute('id'))!.slice(2);
  await signOut(page);

  // A guest reads first, so the shared copy exists before anyone votes.
  const guest = await browser.newContext({ locale: 'zh-CN' });
  const guestPage = await guest.newPage();
  await guestPage.goto(threadUrl);
  await expect(guestPage.getByTestId(`vote-helpful-reply-${replyId}`)).toBeDisabled();

  // Another member votes on the reply and sees their vote.
  await signUp(page, voter);
  await page.goto(threadUrl);
  const vote = page.getByTestId(`vote-helpful-reply-${replyId}`);
  await vote.click();
  await expect(vote).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByTestId(`vote-helpful-reply-${replyId}`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('edit-thread')).toHaveCount(0);
  await signOut(page);

  // The author sees their edit and delete links, and not the voter's vote.
  await signIn(page, author);
  await page.goto(threadUrl);
  await expect(page.getByTestId('edit-thread')).toBeVisible();
  await expect(page.getByTestId(`delete-reply-${replyId}`)).toBeVisible();
  await expect(page.getByTestId(`vote-helpful-reply-${replyId}`)).toHaveAttribute('aria-pressed', 'false');

  // The guest, cached copy or fresh, gets none of either member's state.
  for (let i = 0; i < 2; i++) {
    const html = await (await guest.request.get(threadUrl)).text();
    expect(html).toContain('作者自己的第一条回复。');
    for (const trace of ['data-testid="edit-thread"', 'data-testid="delete-thread"', `delete-reply-${replyId}`, 'aria-pressed="true"', 'reply-form']) {
      expect(html).not.toContain(trace);
    }
    for (const who of [author, voter]) expect(html).not.toContain(who.email);
    expect(html).not.toContain(voter.handle);
  }
  await guest.close();

  // A reply permalink lands on the page that holds the reply and marks it.
  await page.goto(`${threadUrl}?reply=${replyId}`);
  await expect(page.locator(`#r-${replyId}`)).toHaveAttribute('data-marked', 'true');
});
