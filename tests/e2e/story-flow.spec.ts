import { expect, test } from '@playwright/test';
import { newUser, postStory, signIn, signOut, signUp } from './helpers';

test('a member signs up, tells a story with a timeline, and it can be found, replied to, edited and deleted', async ({
  page,
  browser,
}) => {
  const author = newUser('author');
  const replier = newUser('anon');
  const title = `被起诉后协商分期的经过 ${author.handle.slice(-4)}`;

  await signUp(page, author);

  // Post with stages, outcome, lender and one timeline entry.
  await page.goto('/new');
  const form = page.getByTestId('story-form');
  await form.getByLabel('标题').fill(title);
  for (const stage of ['电话催收', '起诉/诉讼', '协商还款']) await form.getByRole('checkbox', { name: stage, exact: true }).check();
  await form.getByLabel('目前的结果').selectOption({ label: '分期还款' });
  await form.getByLabel('机构', { exact: true }).selectOption({ label: '广发银行' });
  await form.getByLabel('欠款金额').selectOption({ label: '5万–10万元' });
  await form.getByLabel('正文').fill('收到法院传票那天我整夜没睡。后来在调解员的帮助下，和银行谈成了 **36 期分期**。');
  await form.getByTestId('add-timeline-entry').click();
  const row = form.getByTestId('timeline-row').first();
  await row.getByLabel('日期').fill('2025-04-18');
  await row.getByLabel('阶段').selectOption({ label: '起诉/诉讼' });
  await row.getByLabel('发生了什么').fill('收到法院的诉前调解电话');
  await form.getByRole('button', { name: '发布' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('thread-stages')).toHaveText('电话催收 → 起诉/诉讼 → 协商还款');
  await expect(page.getByTestId('thread-outcome')).toHaveText('分期还款');
  await expect(page.getByTestId('thread-lender')).toHaveText('广发银行');
  await expect(page.getByTestId('timeline')).toContainText('收到法院的诉前调解电话');
  await expect(page.getByTestId('thread-body').locator('strong')).toHaveText('36 期分期');
  const threadUrl = page.url();

  // Reply, then reply to that reply.
  await page.getByTestId('reply-form').getByLabel('回复内容').fill('补充：调解时记得要书面的还款计划。');
  await page.getByTestId('reply-form').getByRole('button', { name: '发表回复' }).click();
  const firstReply = page.getByTestId('reply').filter({ hasText: '补充：调解时记得要书面的还款计划。' });
  await expect(firstReply).toBeVisible();
  const firstReplyId = (await firstReply.getAttribute('id'))!.slice(2);
  await page.getByTestId(`reply-toggle-${firstReplyId}`).click();
  const nested = page.getByTestId(`reply-form-${firstReplyId}`);
  await nested.getByLabel('回复内容').fill('谢谢，我当时就是这样做的。');
  await nested.getByRole('button', { name: '发表回复' }).click();
  const child = page.locator(`#r-${firstReplyId} [data-testid="reply"]`).filter({ hasText: '谢谢，我当时就是这样做的。' });
  await expect(child).toHaveAttribute('data-depth', '1');
  await signOut(page);

  // Someone else replies anonymously; the page source never names them.
  await signUp(page, replier);
  await page.goto(threadUrl);
  await page.getByTestId('reply-form').getByLabel('回复内容').fill('我也是同一家银行，匿名说一句：坚持住。');
  await page.getByTestId('reply-form').getByLabel('匿名回复').check();
  await page.getByTestId('reply-form').getByRole('button', { name: '发表回复' }).click();
  const anonReply = page.getByTestId('reply').filter({ hasText: '匿名说一句：坚持住' });
  await expect(anonReply.getByTestId('author-anonymous')).toHaveText(/^匿名用户 · [A-Z2-9]{4}$/);
  await signOut(page);

  const visitor = await browser.newContext({ locale: 'zh-CN' });
  const source = await (await visitor.request.get(threadUrl)).text();
  expect(source).toContain('匿名说一句：坚持住');
  for (const trace of [replier.handle, replier.displayName, replier.email]) expect(source).not.toContain(trace);
  await visitor.close();

  // Found through a stage filter combined with an outcome filter.
  await page.goto('/stories');
  const filters = page.getByTestId('story-filters');
  await filters.getByLabel('催收阶段').selectOption({ label: '起诉/诉讼' });
  await filters.getByLabel('结果').selectOption({ label: '分期还款' });
  await filters.getByRole('button', { name: '应用筛选' }).click();
  await expect(page).toHaveURL(/stage=lawsuit/);
  await expect(page).toHaveURL(/outcome=installments/);
  await expect(page.getByTestId('story-list').getByRole('link', { name: title })).toBeVisible();
  await page.goto('/stories?stage=lawsuit&outcome=sued');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);

  // The author edits and sees the revision history.
  await signIn(page, author);
  await page.goto(threadUrl);
  await page.getByTestId('edit-thread').click();
  await page.getByTestId('story-form').getByLabel('标题').fill(`${title}（更新）`);
  await page.getByTestId('story-form').getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title}（更新）` })).toBeVisible();
  await page.getByTestId('history-link').click();
  await expect(page.getByTestId('revision')).toHaveCount(2);
  await expect(page.getByTestId('revision').nth(1)).toContainText(title);

  // Deleting keeps the thread and its replies.
  await page.goto(threadUrl);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByTestId('delete-thread').click();
  await expect(page.getByTestId('thread-deleted')).toHaveText('作者已删除这条内容。');
  await expect(page.getByTestId('reply')).toHaveCount(3);
  await expect(page.getByTestId('reply-form')).toHaveCount(0);
});

test('a failed submit keeps everything typed and says what is wrong, in Chinese', async ({ page }) => {
  const user = newUser('form');
  await signUp(page, user);
  await page.goto('/new');
  const form = page.getByTestId('story-form');
  const longTitle = '标'.repeat(121);
  await form.getByLabel('标题').fill(longTitle);
  await form.getByLabel('正文').fill('这段话不应该因为提交失败而丢失。');
  await form.getByLabel('机构', { exact: true }).selectOption({ label: '平安银行' });
  await form.getByRole('button', { name: '发布' }).click();

  await expect(page.getByTestId('form-error')).toHaveText('提交的内容有问题，请检查后重试。');
  await expect(page.getByTestId('field-error-title')).toHaveText('不能超过 120 个字符。');
  await expect(page.getByTestId('field-error-stageIds')).toHaveText('请至少选择一个阶段。');
  await expect(page.getByTestId('field-error-outcomeId')).toBeVisible();
  await expect(form.getByLabel('标题')).toHaveValue(longTitle);
  await expect(form.getByLabel('正文')).toHaveValue('这段话不应该因为提交失败而丢失。');
  await expect(form.getByLabel('机构', { exact: true }).locator('option:checked')).toHaveText('平安银行');

  // An empty reply is refused the same way, without a 500.
  const url = await postStory(page, {
    title: '空回复测试',
    body: '正文',
    stages: ['短信提醒'],
    outcome: '仍在处理',
    lender: '花呗',
  });
  await page.goto(url);
  await page.getByTestId('reply-form').getByRole('button', { name: '发表回复' }).click();
  await expect(page.getByTestId('field-error-body')).toHaveText('这一项必填。');
});

test('bad URLs get a clear answer, never a 500', async ({ page, request }) => {
  for (const path of ['/t/99999999', '/t/abc', '/t/1%27%20or%201=1', '/u/no_such_person', '/stages/nope', '/replies/0/edit']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
  await page.goto('/stories?cursor=%%%garbage');
  await expect(page.getByTestId('list-notice')).toContainText('翻页链接无效');
  const sql = await page.goto(`/stories?stage=${encodeURIComponent("lawsuit' OR 1=1; --")}`);
  expect(sql?.status()).toBe(200);
  await expect(page.getByTestId('list-notice')).toContainText('无法识别的筛选条件');
});
