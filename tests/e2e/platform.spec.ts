import { expect, test } from '@playwright/test';

test('health names the database and the applied migration', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.ok).toBe(true);
  expect(body.database).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  expect(body.migration).toMatch(/^\d{4}_/);
});

test('the language follows Accept-Language, falls back to Chinese, and the switcher remembers a choice', async ({ browser }) => {
  const english = await browser.newContext({ locale: 'en-GB' });
  const page = await english.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Stories', exact: true })).toBeVisible();
  await page.getByTestId('language-switcher').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(page.getByRole('link', { name: '经历', exact: true })).toBeVisible();
  await english.close();

  const french = await browser.newContext({ locale: 'fr-FR' });
  const other = await french.newPage();
  await other.goto('/');
  await expect(other.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await french.close();
});

test('every page says the content is not legal advice', async ({ page }) => {
  await page.goto('/stories');
  await expect(page.getByTestId('legal-disclaimer')).toContainText('不构成法律意见');
});
