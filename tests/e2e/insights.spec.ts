import { expect, test } from '@playwright/test';

// The outcome insights and stage guides as a reader sees them.

test('/insights shows the outcome chart with its data table and the self-reported notice', async ({ page }) => {
  await page.goto('/insights');
  await expect(page.getByTestId('insights-self-reported')).toContainText('自愿分享');
  const section = page.getByTestId('insights-outcomes');
  await expect(section.getByTestId('insights-outcomes-chart')).toBeVisible();
  // The chart is for sighted readers only; the table carries the same figures for everyone.
  await expect(section.getByTestId('insights-outcomes-chart')).toHaveAttribute('aria-hidden', 'true');
  const table = section.getByTestId('insights-outcomes-table');
  await expect(table.locator('caption')).toHaveText('各结果的经历数和占比');
  await expect(table.getByRole('rowheader', { name: '分期还款' })).toBeVisible();
  // The conduct section stays on the page.
  await expect(page.getByTestId('insights-conduct')).toBeVisible();
});

test('a lender with fewer than 10 stories shows 样本不足 and no numbers', async ({ page }) => {
  await page.goto('/insights');
  await page.getByTestId('insights-filter').getByLabel('贷款机构').selectOption('zhaolian');
  await page.getByTestId('insights-filter').getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/lender=zhaolian/);
  await expect(page.getByTestId('insights-outcomes-section')).toContainText('样本不足');
  const table = page.getByTestId('insights-outcomes-table');
  await expect(table.locator('tbody td').first()).toHaveText('样本不足');
});

test('/stages/lawsuit shows the stage guide above the stories', async ({ page }) => {
  await page.goto('/stages/lawsuit');
  await expect(page.getByRole('heading', { name: '阶段指南：起诉/诉讼' })).toBeVisible();
  await expect(page.getByTestId('stage-guide')).toContainText('官方');
  await expect(page.getByTestId('insights-stage-outcomes-table')).toBeVisible();
});
