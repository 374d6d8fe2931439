import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

export interface TestUser {
  email: string;
  handle: string;
  displayName: string;
  password: string;
}

export function newUser(prefix = 'e2e', email?: string): TestUser {
  const id = randomBytes(4).toString('hex');
  return {
    email: email ?? `${prefix}${id}@example.test`,
    handle: `${prefix}${id}`,
    displayName: `夜里还醒着的人${id.slice(0, 3)}`,
    password: 'a very long password',
  };
}

export async function signUp(page: Page, user: TestUser) {
  await page.goto('/signup');
  const form = page.getByTestId('signup-form');
  await form.getByLabel('邮箱').fill(user.email);
  await form.getByLabel('昵称').fill(user.displayName);
  await form.getByLabel('用户名').fill(user.handle);
  await form.getByLabel('密码').fill(user.password);
  await form.getByRole('button', { name: '注册' }).click();
  await expect(page.getByTestId('viewer-name')).toHaveText(user.displayName);
}

export async function signIn(page: Page, user: TestUser) {
  await page.goto('/signin');
  const form = page.getByTestId('signin-form');
  await form.getByLabel('邮箱').fill(user.email);
  await form.getByLabel('密码').fill(user.password);
  await form.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('viewer-name')).toHaveText(user.displayName);
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('link', { name: '登录' })).toBeVisible();
}

/** Fills the new-story form and publishes; returns the thread URL. */
export async function postStory(
  page: Page,
  story: { title: string; body: string; stages: string[]; outcome: string; lender: string; anonymous?: boolean },
) {
  await page.goto('/new');
  const form = page.getByTestId('story-form');
  await form.getByLabel('标题').fill(story.title);
  for (const stage of story.stages) await form.getByRole('checkbox', { name: stage, exact: true }).check();
  await form.getByLabel('目前的结果').selectOption({ label: story.outcome });
  await form.getByLabel('机构', { exact: true }).selectOption({ label: story.lender });
  await form.getByLabel('欠款金额').selectOption({ label: '1万–5万元' });
  await form.getByLabel('逾期月数').fill('5');
  await form.getByLabel('正文').fill(story.body);
  if (story.anonymous) await form.getByLabel('匿名发布').check();
  await form.getByRole('button', { name: '发布' }).click();
  await expect(page.getByTestId('thread')).toBeVisible();
  return page.url();
}

/** The account playwright.config.ts names in ADMIN_EMAIL: an admin once signed up. */
export const adminUser = newUser('admin', 'e2e-admin@example.test');

export async function signInAsAdmin(page: Page) {
  await page.goto('/signin');
  const form = page.getByTestId('signin-form');
  await form.getByLabel('邮箱').fill(adminUser.email);
  await form.getByLabel('密码').fill(adminUser.password);
  await form.getByRole('button', { name: '登录' }).click();
  // First use in this server's life: the account does not exist yet.
  await page.getByTestId('viewer-name').or(page.getByTestId('form-error')).waitFor();
  if (await page.getByTestId('form-error').isVisible()) await signUp(page, adminUser);
  await expect(page.getByTestId('mod-link')).toBeVisible();
}
