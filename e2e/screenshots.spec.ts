import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, expect, test } from '@playwright/test';
import { ACCOUNTS, signIn } from './support';

// Layout review aid, not a check: `OUTFALL_SCREENSHOTS=1 npm run test:e2e -- screenshots`
// writes PNGs of the main pages at desktop and phone width to e2e/screenshots/.
test.skip(!process.env.OUTFALL_SCREENSHOTS, 'set OUTFALL_SCREENSHOTS=1 to capture page screenshots');

const outDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
const WIDTHS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

async function capture(browser: Browser, email: string, paths: Record<string, string>) {
  for (const [size, viewport] of Object.entries(WIDTHS)) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto('/login');
    await page.screenshot({ path: join(outDir, `${size}-login.png`), fullPage: true });
    await signIn(page, email);
    for (const [name, path] of Object.entries(paths)) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(outDir, `${size}-${name}.png`), fullPage: true });
    }
    if (size === 'phone') {
      await page.goto('/');
      await page.getByRole('button', { name: 'Open navigation' }).click();
      await page.screenshot({ path: join(outDir, `${size}-${email.split('@')[0]}-menu.png`) });
    }
    await context.close();
  }
}

test('authority pages', async ({ browser }) => {
  await capture(browser, ACCOUNTS.authorityAdmin, {
    'authority-dashboard': '/',
    facilities: '/facilities',
    'audit-log': '/audit',
    'authority-team': '/team',
    account: '/account',
    'program-health': '/program',
    inspections: '/inspections',
    enforcement: '/enforcement',
    snc: '/snc',
    'annual-report': '/annual-report',
  });
});

test('facility pages', async ({ browser }) => {
  await capture(browser, ACCOUNTS.consultant, {
    'facility-dashboard': '/',
    'my-facility': '/my-facility',
    'facility-team': '/team',
  });
});
