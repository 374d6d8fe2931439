import { expect, test, type Locator, type Page } from '@playwright/test';
import { newUser, postStory, signInAsAdmin, signOut, signUp } from './helpers';

const PHONE = '13912345678';

interface Contact {
  date: string;
  time: string;
  channel: string;
  who?: string;
  connected?: boolean;
  agency?: string;
  note?: string;
}

async function logContact(page: Page, contact: Contact) {
  const form = page.getByTestId('conduct-entry-form');
  await form.getByLabel('日期', { exact: true }).fill(contact.date);
  await form.getByLabel('时间', { exact: true }).fill(contact.time);
  await form.getByLabel('联系方式').selectOption({ label: contact.channel });
  await form.getByLabel('联系的是谁').selectOption({ label: contact.who ?? '我本人' });
  if (contact.channel === '电话') await form.getByLabel('电话接通了').setChecked(contact.connected ?? true);
  await form.getByLabel('贷款机构').selectOption({ label: '招商银行' });
  await form.getByLabel('催收公司（如果是外包催收）').fill(contact.agency ?? '');
  await form.getByLabel('经过', { exact: true }).fill(contact.note ?? '');
  const before = await page.getByTestId('conduct-entry').count();
  await form.getByRole('button', { name: '保存记录' }).click();
  await expect(page.getByTestId('conduct-entry')).toHaveCount(before + 1);
  await expect(form.getByTestId('conduct-saved')).toBeVisible();
}

const breach = (scope: Page | Locator, ruleId: string) => scope.locator(`[data-testid="conduct-breach"][data-rule-id="${ruleId}"]`);

test('a member logs five contacts, sees the 23:00 call and the call to their employer flagged with sources, and prints the summary', async ({
  page,
  browser,
}) => {
  const owner = newUser('conduct');
  await signUp(page, owner);
  const storyUrl = await postStory(page, {
    title: '催收打到了我单位',
    body: '记录一下这几天的催收情况。',
    stages: ['电话催收'],
    outcome: '仍在处理',
    lender: '招商银行',
  });

  await page.getByTestId('conduct-link').click();
  await expect(page.getByRole('heading', { level: 1, name: '我的催收记录' })).toBeVisible();
  await expect(page.getByTestId('conduct-empty')).toBeVisible();
  await expect(page.getByTestId('conduct-entry-form').getByLabel('时区')).toHaveValue('Asia/Shanghai');

  // A refused entry keeps what was typed and says what is wrong.
  const form = page.getByTestId('conduct-entry-form');
  await form.getByLabel('时区').fill('Mars/Base');
  await form.getByLabel('经过', { exact: true }).fill('这段文字不应丢失');
  await form.getByRole('button', { name: '保存记录' }).click();
  await expect(form.getByTestId('field-error-timeZone')).toContainText('无法识别这个时区');
  await expect(form.getByTestId('field-error-time')).toContainText('必填');
  await expect(form.getByLabel('经过', { exact: true })).toHaveValue('这段文字不应丢失');
  await form.getByLabel('时区').fill('Asia/Shanghai');

  await logContact(page, { date: '2026-11-20', time: '10:00', channel: '电话' });
  await logContact(page, {
    date: '2026-11-20',
    time: '23:00',
    channel: '电话',
    agency: '某某资产管理公司',
    note: `深夜来电，回拨号码 ${PHONE}`,
  });
  await logContact(page, { date: '2026-11-21', time: '11:00', channel: '电话', who: '工作单位', agency: '某某资产管理公司' });
  await logContact(page, { date: '2026-11-22', time: '09:30', channel: '短信/消息' });
  await logContact(page, { date: '2026-11-23', time: '14:00', channel: '信函' });

  const rows = page.getByTestId('conduct-entry');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toHaveAttribute('data-flagged', 'true');
  await expect(rows.nth(2)).toHaveAttribute('data-flagged', 'true');
  for (const i of [0, 3, 4]) await expect(rows.nth(i)).toHaveAttribute('data-flagged', 'false');
  // Masked before it was stored.
  await expect(rows.nth(1)).toContainText('139****5678');
  expect(await page.content()).not.toContain(PHONE);

  const night = breach(page, 'cn-if-quiet-hours');
  await expect(night).toHaveCount(1);
  await expect(night).toContainText('每晚 22:00 至次日 8:00 不催收');
  await expect(night).toContainText('#2');
  await expect(night.getByTestId('conduct-breach-source')).toContainText('《互联网金融贷后催收业务指引》');
  await expect(night.getByTestId('conduct-breach-source')).toContainText('中国互联网金融协会');
  const employer = breach(page, 'cn-if-debtor-only');
  await expect(employer).toHaveCount(1);
  await expect(employer).toContainText('工作单位');
  await expect(employer).toContainText('#3');
  await expect(employer.getByTestId('conduct-breach-source')).toContainText('《互联网金融贷后催收业务指引》');
  await expect(page.getByTestId('conduct-breach')).toHaveCount(2);
  const entryId = (await rows.nth(1).getAttribute('id'))!.replace('entry-', '');

  // The print view.
  await page.getByTestId('conduct-report-link').click();
  await expect(page).toHaveURL(/\/me\/conduct\/report/);
  const report = page.getByTestId('conduct-report');
  await expect(report.getByRole('heading', { level: 1, name: '催收记录证据摘要' })).toBeVisible();
  const css = await page.getByTestId('conduct-print-css').evaluate((el) => el.textContent ?? '');
  expect(css).toContain('@media print');
  expect(css).toMatch(/@page\s*\{\s*size:\s*A4;\s*margin:/);
  // The browser parsed it: an @page rule sits inside a print media rule.
  const pageRules = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => {
      try {
        return [...sheet.cssRules].filter((r) => r instanceof CSSMediaRule && r.media.mediaText.includes('print')).flatMap((r) =>
          [...(r as CSSMediaRule).cssRules].filter((inner) => inner instanceof CSSPageRule).map((inner) => inner.cssText),
        );
      } catch {
        return [];
      }
    }),
  );
  expect(pageRules.join(' ')).toMatch(/size: a4/i);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('body > footer')).toBeHidden();
  await expect(page.getByTestId('conduct-print')).toBeHidden();
  await expect(page.getByTestId('conduct-publish-form')).toBeHidden();
  await expect(report.getByTestId('conduct-entry')).toHaveCount(5);
  await expect(report.getByTestId('conduct-entry').nth(1)).toContainText('深夜来电');
  await expect(report.getByTestId('conduct-breach')).toHaveCount(2);
  await expect(breach(report, 'cn-if-quiet-hours').getByTestId('conduct-breach-source')).toBeVisible();
  await expect(report.getByTestId('conduct-rules').getByTestId('conduct-rule')).toHaveCount(5);
  await expect(report.getByTestId('conduct-rules')).toContainText('中国互联网金融协会');
  await expect(report.getByTestId('conduct-disclaimer')).toContainText('不构成法律意见');
  const complaints = report.getByTestId('conduct-complaints');
  await expect(complaints.getByTestId('complain-lender')).toContainText('招商银行');
  await expect(complaints.getByTestId('complain-12378')).toContainText('国家金融监督管理总局');
  await expect(complaints.getByTestId('complain-12315')).toContainText('市场监管总局');
  await expect(complaints.getByTestId('complain-cfpb')).toContainText('consumerfinance.gov/complaint');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('conduct-print')).toBeVisible();

  // Publish a masked copy into the owner's own story.
  const publish = page.getByTestId('conduct-publish-form');
  await publish.getByLabel('发到哪篇经历').selectOption({ label: '催收打到了我单位' });
  await publish.getByRole('button', { name: '发布打码摘要' }).click();
  await expect(publish.getByTestId('conduct-published')).toBeVisible();
  await page.goto(storyUrl);
  const summary = page.getByTestId('reply').filter({ hasText: '催收记录摘要' });
  await expect(summary).toContainText('每晚 22:00 至次日 8:00 不催收');
  await expect(summary).toContainText('《互联网金融贷后催收业务指引》');
  await expect(summary).not.toContainText('深夜来电');

  // Someone else sees only their own, empty log, and not the owner's entry.
  const otherContext = await browser.newContext({ locale: 'zh-CN' });
  const other = await otherContext.newPage();
  await signUp(other, newUser('stranger'));
  await other.goto('/me/conduct/report');
  await expect(other.getByTestId('conduct-empty')).toBeVisible();
  await expect(other.getByTestId('conduct-breach')).toHaveCount(0);
  const strangerView = await other.content();
  for (const trace of ['深夜来电', '某某资产管理公司', '139****5678', owner.displayName]) expect(strangerView).not.toContain(trace);
  const edit = await other.goto(`/me/conduct/${entryId}/edit`);
  expect(edit?.status()).toBe(404);
  await other.goto('/me/conduct');
  await expect(other.getByTestId('conduct-empty')).toBeVisible();
  await otherContext.close();
});

test('staff save a rule set as a new version with localized JSON errors; members cannot open the page', async ({ page }) => {
  await signUp(page, newUser('member'));
  expect((await page.goto('/mod/rule-sets'))?.status()).toBe(404);
  await signOut(page);

  await signInAsAdmin(page);
  await page.goto('/mod/rule-sets');
  const set = page.locator('[data-testid="rule-set"][data-slug="cn-banking-collection"]');
  await expect(set.getByTestId('rule-set-version')).toHaveText('当前版本：第 1 版');
  const form = set.getByTestId('rule-set-form-cn-banking-collection');
  const textarea = form.getByLabel('规则集 JSON');
  const original = await textarea.inputValue();

  await textarea.fill('{ "rules": [');
  await form.getByRole('button', { name: '保存为新版本' }).click();
  await expect(form.getByTestId('field-error-definitionJson')).toHaveText('这不是有效的 JSON，或不是一个对象。');

  const broken = JSON.parse(original) as { rules: { checkedOn: string; kind: string }[] };
  broken.rules[0]!.checkedOn = '2026-13-40';
  broken.rules[1]!.kind = 'mystery';
  await textarea.fill(JSON.stringify(broken, null, 2));
  await form.getByRole('button', { name: '保存为新版本' }).click();
  const errors = form.getByTestId('rule-set-errors');
  await expect(errors).toContainText('rules.0.checkedOn');
  await expect(errors).toContainText('日期格式应为 年-月-日');
  await expect(errors).toContainText('rules.1.kind');
  await expect(errors).toContainText('未知的规则类型');
  // The refused edit is still there to fix.
  await expect(textarea).toHaveValue(/"mystery"/);

  await textarea.fill(original);
  await form.getByRole('button', { name: '保存为新版本' }).click();
  await expect(form.getByTestId('rule-set-saved')).toHaveText('已保存为第 2 版。');
  await page.reload();
  await expect(set.getByTestId('rule-set-version')).toHaveText('当前版本：第 2 版');
});
