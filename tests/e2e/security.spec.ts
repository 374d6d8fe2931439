import http from 'node:http';
import { expect, test, type APIResponse } from '@playwright/test';
import { newUser, signUp } from './helpers';

// Over the 256 KiB limit shared by server actions and the proxy.
const OVERSIZED = 300 * 1024;

function nonceOf(response: APIResponse | { headers(): Record<string, string> }): string {
  const csp = response.headers()['content-security-policy'] ?? '';
  const nonce = csp.match(/script-src [^;]*'nonce-([^']+)'/)?.[1];
  expect(nonce, `a nonce in the CSP: ${csp}`).toBeTruthy();
  return nonce!;
}

test('every page gets a CSP whose nonce changes per request and is on all of its scripts', async ({ request }) => {
  const first = await request.get('/');
  const second = await request.get('/');
  expect(first.status()).toBe(200);
  const csp = first.headers()['content-security-policy']!;
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).toContain("frame-ancestors 'none'");
  // The e2e server runs in production mode: no eval.
  expect(csp).not.toContain('unsafe-eval');
  const nonce = nonceOf(first);
  expect(nonceOf(second)).not.toBe(nonce);

  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test('the hardening headers are on pages and on /api responses', async ({ request }) => {
  for (const path of ['/', '/help', '/api/health']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toBeTruthy();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['permissions-policy'], path).toBe('camera=(), microphone=(), geolocation=()');
  }
});

test('HSTS is sent only when the request came over https', async ({ request }) => {
  expect((await request.get('/')).headers()['strict-transport-security']).toBeUndefined();
  const overHttps = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
});

test('the page hydrates under the CSP: the language switcher works and nothing is blocked', async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByTestId('language-switcher').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Stories', exact: true })).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('an oversized server action gets 413, not 500, and a body under the limit still works', async ({ page }) => {
  await page.goto('/');
  // Take the real action id from the switcher's own request.
  const [actionRequest] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined),
    page.getByTestId('language-switcher').selectOption('en'),
  ]);
  const actionId = actionRequest.headers()['next-action']!;
  const post = (argument: string) =>
    page.request.post('/', {
      headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
      data: JSON.stringify([argument]),
    });

  expect((await post('x'.repeat(200 * 1024))).status()).toBe(200);
  const oversized = await post('x'.repeat(OVERSIZED));
  expect(oversized.status()).toBe(413);
  expect(oversized.headers()['x-content-type-options']).toBe('nosniff');

  // The same action submitted as a form without JavaScript.
  const form = await page.request.post('/', {
    multipart: { [`1_$ACTION_ID_${actionId}`]: '', filler: 'x'.repeat(OVERSIZED) },
  });
  expect(form.status()).toBe(413);
});

test('an oversized POST to a route handler gets 413, and a chunked one of unknown length 411', async ({ request, baseURL }) => {
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email: 'someone@example.test', password: 'x'.repeat(OVERSIZED) },
  });
  expect(response.status()).toBe(413);

  const url = new URL('/api/auth/callback/credentials', baseURL);
  const status = await new Promise<number | undefined>((resolve, reject) => {
    // No content-length: Node sends the body chunked.
    const chunked = http.request(url, { method: 'POST', headers: { 'content-type': 'text/plain' } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    chunked.on('error', reject);
    chunked.write('a=1');
    chunked.end();
  });
  expect(status).toBe(411);
});

test('session cookies are HttpOnly and SameSite=Lax, and Secure exactly when the request is https', async ({ page, request }) => {
  await signUp(page, newUser('sec'));
  const session = (await page.context().cookies()).find((c) => c.name === 'authjs.session-token');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });

  const overHttps = await request.get('/api/auth/csrf', { headers: { 'x-forwarded-proto': 'https' } });
  const setCookies = overHttps.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
  const csrf = setCookies.find((c) => c.startsWith('__Host-authjs.csrf-token='));
  expect(csrf).toBeDefined();
  expect(csrf).toMatch(/;\s*Secure/i);
  expect(csrf).toMatch(/;\s*HttpOnly/i);
  expect(csrf).toMatch(/;\s*SameSite=Lax/i);
});

test('/help names the hotlines with their sources, links only public numbers, and the footer links to it', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByTestId('footer-help-link').click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole('heading', { level: 1, name: '求助与支持' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await expect(page.getByTestId('hotline-12378')).toContainText('国家金融监督管理总局');
  await expect(page.getByTestId('hotline-12315')).toContainText('全国12315平台（市场监管总局）');
  await expect(page.getByTestId('help-crisis')).toContainText('当地心理援助热线');
  await expect(page.getByTestId('help-crisis').locator('a[href="tel:120"]')).toHaveText('120');
  await expect(page.getByTestId('help-crisis').locator('a[href="tel:110"]')).toHaveText('110');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(4);

  // Nothing but the four public numbers: an invented hotline is worse than none.
  const text = await page.getByTestId('help-page').innerText();
  const numbers = new Set(text.match(/\d{3,}/g));
  expect([...numbers].sort()).toEqual(['110', '120', '12315', '12378']);
  const telLinks = await page.locator('main a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(telLinks)).toEqual(new Set(['tel:110', 'tel:120', 'tel:12378', 'tel:12315']));

  const english = await browser.newContext({ locale: 'en-GB' });
  const englishPage = await english.newPage();
  await englishPage.goto('/help');
  await expect(englishPage.locator('html')).toHaveAttribute('lang', 'en');
  await expect(englishPage.getByRole('heading', { level: 1, name: 'Help and support' })).toBeVisible();
  await expect(englishPage.getByTestId('hotline-12378')).toContainText('National Financial Regulatory Administration');
  await english.close();
});
