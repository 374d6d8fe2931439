import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { E2E_ADMIN } from './admin-account';

export interface TestUser {
  email: string;
  handle: string;
  displayName: string;
  password: string;
}

/** A fresh member; `email: ''` signs up without an address (it is optional). */
export function newUser(prefix = 'e2e', email?: string): TestUser {
  const id = randomBytes(4).toString('hex');
  return {
    email: email ?? `${prefix}${id}@example.test`,
    handle: `${prefix}${id}`,
    displayName: `夜里还醒着的人${id.slice(0, 3)}`,
    password: 'a very long password',
  };
}

/**
 * Signs up (the e-mail only when the user has one), confirms the recovery
 * codes step and returns the codes that were shown once.
 */
export async function signUp(page: Page, user: TestUser): Promise<string[]> {
  await page.goto('/signup');
  const form = page.getByTestId('signup-form');
  if (user.email) await form.getByLabel('邮箱').fill(user.email);
  await form.getByLabel('昵称').fill(user.displayName);
  await form.getByLabel('用户名').fill(user.handle);
  await form.getByLabel('密码').fill(user.password);
  await form.getByRole('button', { name: '注册' }).click();
  const panel = page.getByTestId('recovery-codes-panel');
  await expect(panel.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  const codes = await panel.getByTestId('recovery-codes').getByRole('listitem').allTextContents();
  await panel.getByLabel('我已把恢复码保存在安全的地方').check();
  await panel.getByRole('button', { name: '继续' }).click();
  await expect(page.getByTestId('viewer-name')).toHaveText(user.displayName);
  return codes;
}

/** Signs in by handle (an e-mail signs in only once verified). */
export async function signIn(page: Page, user: TestUser) {
  await page.goto('/signin');
  const form = page.getByTestId('signin-form');
  await form.getByLabel('用户名或邮箱').fill(user.handle);
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

/** The admin playwright.config.ts creates and promotes with `npm run admin -- promote` before the server starts. */
export const adminUser: TestUser = { ...E2E_ADMIN };

export async function signInAsAdmin(page: Page) {
  await signIn(page, adminUser);
  await expect(page.getByTestId('mod-link')).toBeVisible();
}
