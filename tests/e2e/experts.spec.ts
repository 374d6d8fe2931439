import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { newUser, signIn, signInAsAdmin, signOut, signUp } from './helpers';

test('apply as an expert, get approved, answer with a badge, get accepted and move first; expired badges give none', async ({ page, browser }) => {
  const expert = newUser('lawyer');
  const asker = newUser('asker');

  // 1. A member applies.
  await signUp(page, expert);
  await page.goto('/experts/apply');
  const form = page.getByTestId('apply-form');
  await form.getByLabel('职业').selectOption({ label: '执业律师' });
  await form.getByLabel('从业年限').fill('9');
  await form.getByLabel('执业证或资格证编号').fill(`E2E-LAW-${expert.handle.slice(-6)}`);
  await form.getByRole('checkbox', { name: '起诉/诉讼', exact: true }).check();
  await form.getByLabel('利益关联声明').fill('无商业利益关联');
  await form.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByTestId('apply-done')).toBeVisible();
  await signOut(page);

  // 2. An admin approves it from the moderation queue.
  await signInAsAdmin(page);
  await page.goto('/mod');
  const application = page.getByTestId('mod-application').filter({ hasText: expert.handle });
  await application.getByRole('button', { name: '提交决定' }).click();
  await expect(application).toHaveCount(0);
  await signOut(page);

  // 3. Someone asks a question about a lawsuit; another member answers first.
  const askerContext = await browser.newContext({ locale: 'zh-CN' });
  const askerPage = await askerContext.newPage();
  await signUp(askerPage, asker);
  await askerPage.goto('/questions/new');
  const q = askerPage.getByTestId('question-form');
  await q.getByLabel('标题').fill(`收到传票后还能和银行协商吗？${asker.handle.slice(-4)}`);
  await q.getByRole('checkbox', { name: '起诉/诉讼', exact: true }).check();
  await q.getByLabel('正文').fill('信用卡欠了五万多，上周收到法院的传票，开庭前还有机会谈分期吗？');
  await q.getByRole('button', { name: '发布' }).click();
  await expect(askerPage.getByTestId('question-stages')).toContainText('起诉/诉讼');
  const questionUrl = askerPage.url();

  // 4. The expert answers and the answer carries the badge.
  await signIn(page, expert);
  await page.goto(questionUrl);
  await page.getByTestId('reply-form').getByLabel('回复内容').fill('一般来说，开庭前后都可以继续协商，法院也常组织调解。建议把收入证明准备好。');
  await page.getByTestId('reply-form').getByRole('button', { name: '发表回复' }).click();
  const answer = page.getByTestId('reply').filter({ hasText: '法院也常组织调解' });
  await expect(answer.getByTestId('expert-badge')).toContainText('执业律师 · 起诉/诉讼');
  const answerId = (await answer.getAttribute('id'))!.slice(2);

  // 5. The asker answers too, then accepts the expert's answer: it is marked and shown first.
  await askerPage.goto(questionUrl);
  await askerPage.getByTestId('reply-form').getByLabel('回复内容').fill('补充一下：我的收入每月只有四千左右。');
  await askerPage.getByTestId('reply-form').getByRole('button', { name: '发表回复' }).click();
  await expect(askerPage.getByTestId('reply').filter({ hasText: '补充一下' })).toBeVisible();
  await askerPage.getByTestId(`accept-${answerId}`).click();
  await expect(askerPage.getByTestId('accepted-answer')).toBeVisible();
  const firstReply = askerPage.locator('[data-testid="reply"][data-depth="0"]').first();
  await expect(firstReply).toHaveAttribute('id', `r-${answerId}`);
  await expect(firstReply.getByTestId('accepted-answer')).toHaveText(/已采纳/);
  await askerContext.close();

  // 6. Time passes: once the badge has expired, a new answer has none, and the old one says so.
  test.skip(!process.env.DATABASE_URL, 'aging a badge needs direct access to the PostgreSQL database');
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  await sql`update expert_applications set expires_at = now() - interval '1 day' where licence_number = ${`E2E-LAW-${expert.handle.slice(-6)}`}`;
  await sql.end();
  await page.goto(questionUrl);
  await page.getByTestId('reply-form').getByLabel('回复内容').fill('过期之后的补充：调解书和判决书一样有执行力。');
  await page.getByTestId('reply-form').getByRole('button', { name: '发表回复' }).click();
  const late = page.getByTestId('reply').filter({ hasText: '过期之后的补充' });
  await expect(late).toBeVisible();
  await expect(late.getByTestId('expert-badge')).toHaveCount(0);
  await expect(page.locator(`#r-${answerId}`).getByTestId('expert-badge')).toHaveAttribute('data-current', 'false');
});
