import { readFileSync } from 'node:fs';
import { type Browser, devices, expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, signIn } from './support';

const FINDING = 'Spill kit missing at the chromic acid storage area';

async function signedIn(browser: Browser, email: string, phone = false): Promise<Page> {
  const context = await browser.newContext({
    acceptDownloads: true,
    ...(phone ? { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } } : {}),
  });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Clicks a download link and returns the downloaded bytes. */
async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const path = await file.path();
  return readFileSync(path);
}

test('an inspection finding on a phone becomes a violation, the coordinator issues an NOV, the director sees it, and the annual report downloads, is signed and verifies', async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // The inspector opens the Riverside Foods visit assigned to them, on a phone-size screen.
  const inspector = await signedIn(browser, ACCOUNTS.inspector, true);
  expect(inspector.viewportSize()).toEqual({ width: 390, height: 844 });
  await inspector.goto('/inspections');
  await inspector.getByRole('tab', { name: 'Assigned to me' }).click();
  const visit = inspector.getByTestId('inspection-row').filter({ hasText: 'Riverside Foods' });
  await visit.getByRole('link', { name: 'Riverside Foods' }).click();
  await inspector.getByRole('button', { name: 'Start inspection' }).click();

  // The checklist: the first item answered "No", with a note.
  const firstItem = inspector.getByTestId('checklist-item').first();
  await expect(firstItem).toBeVisible();
  await firstItem.getByText('No', { exact: true }).click();
  await expect(firstItem.getByRole('radio', { name: 'No' })).toBeChecked();

  // A deficiency recorded as a violation at once.
  const form = inspector.getByRole('form', { name: 'Add finding' });
  await form.getByLabel('Finding').fill(FINDING);
  await form.getByRole('combobox', { name: 'Severity' }).click();
  await inspector.getByRole('option', { name: 'Deficiency' }).click();
  await expect(form.getByRole('combobox', { name: 'Severity' })).toHaveValue('Deficiency');
  await form.getByLabel('Record as a violation now').check();
  await form.getByRole('button', { name: 'Add finding' }).click();
  const finding = inspector.getByTestId('finding').filter({ hasText: FINDING });
  await expect(finding).toContainText('Recorded as violation');
  const violationLink = finding.getByRole('link', { name: 'Open the violation' });
  const violationPath = await violationLink.getAttribute('href');
  expect(violationPath).toMatch(/^\/violations\/[0-9a-f-]{36}$/);

  await inspector.getByRole('button', { name: 'Complete inspection' }).click();
  await expect(inspector.getByText(/Completed/).first()).toBeVisible();

  // The coordinator opens the violation and issues the recommended notice of violation.
  const coordinator = await signedIn(browser, ACCOUNTS.coordinator);
  await coordinator.goto(violationPath!);
  await expect(coordinator.getByText(FINDING).first()).toBeVisible();
  const nov = coordinator.getByTestId('recommended-response').filter({ hasText: 'Notice of violation' });
  await nov.getByRole('button', { name: 'Issue notice of violation' }).click();
  await coordinator
    .getByRole('textbox', { name: 'Requirements' })
    .fill('Restore the spill kit and send a photo.');
  await coordinator.getByTestId('confirm-issue-action').click();
  await expect(coordinator).toHaveURL(/\/enforcement\/[0-9a-f-]{36}$/);
  const actionPath = new URL(coordinator.url()).pathname;

  await coordinator.getByRole('button', { name: 'Generate NOV letter' }).click();
  const letter = await download(coordinator, 'Download letter (PDF)');
  expect(letter.subarray(0, 5).toString()).toBe('%PDF-');

  // The director sees the new notice on the dashboard's program health.
  const director = await signedIn(browser, ACCOUNTS.director);
  const health = director.getByTestId('program-health');
  await expect(health).toBeVisible();
  const recent = health.getByRole('table', { name: 'Recent enforcement actions' });
  const row = recent
    .getByRole('row')
    .filter({ hasText: 'Riverside Foods' })
    .filter({ hasText: 'Notice of violation' });
  await expect(row.first()).toBeVisible();
  await expect(row.first().getByRole('link', { name: 'Notice of violation' })).toHaveAttribute(
    'href',
    actionPath,
  );
  await expect(health.getByTestId('health-inspected')).toBeVisible();

  // The previous reporting year's annual report downloads in all three formats.
  await director.goto('/annual-report');
  const lastYear = String(new Date().getFullYear() - 1);
  await director.getByTestId(`year-${lastYear}`).click();
  const pdf = await download(director, 'Download PDF');
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const xlsx = await download(director, 'Download XLSX');
  expect(xlsx.subarray(0, 2).toString()).toBe('PK');
  const xml = (await download(director, 'Download XML')).toString('utf8');
  expect(xml).toMatch(/^<\?xml/);
  expect(xml).toContain('<PretreatmentProgramReport>');

  // The director signs it: certification confirmed, password re-entered; its XML then verifies.
  await director.getByRole('button', { name: 'Mark ready for signature' }).click();
  await director.getByRole('button', { name: 'Sign and submit' }).click();
  const sign = director.getByRole('form', { name: 'Sign and submit the annual report' });
  await expect(sign.getByTestId('certification-text')).toContainText('I certify under penalty of law');
  await sign.getByLabel('I have read the certification statement above').check();
  await sign.getByLabel('Your password').fill('outfall-demo');
  await sign.getByRole('button', { name: 'Sign and submit' }).click();
  await expect(director.getByText('Signed and submitted').first()).toBeVisible();
  const signedXml = await download(director, 'Download XML');
  await director.goto('/verify');
  const fileInput = director.getByLabel(/Copy of record file/);
  await fileInput.setInputFiles({
    name: 'annual-report.xml',
    mimeType: 'application/xml',
    buffer: signedXml,
  });
  await expect(director.getByTestId('verification')).toContainText('Verified');
  const tampered = Buffer.from(signedXml);
  tampered[tampered.indexOf('<PretreatmentProgramReport>') + 1] = 'Q'.charCodeAt(0);
  await fileInput.setInputFiles({ name: 'tampered.xml', mimeType: 'application/xml', buffer: tampered });
  await expect(director.getByTestId('verification')).toContainText('Not verified');
});

/** Opens a page and checks it rendered: its main heading, no failed load, no script error. */
async function opens(page: Page, path: string, heading: string | RegExp, errors: string[]): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toContainText(heading);
  await expect(page.getByRole('alert').filter({ hasText: /Could not load/ })).toHaveCount(0);
  expect(errors, `script errors on ${path}`).toEqual([]);
}

test('every program page opens for the authority, and a facility sees only its own violations', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const coordinator = await signedIn(browser, ACCOUNTS.coordinator);
  const errors: string[] = [];
  coordinator.on('pageerror', (e) => errors.push(e.message));
  await opens(coordinator, '/program', 'Program health', errors);
  await expect(coordinator.getByTestId('program-health')).toBeVisible();
  await opens(coordinator, '/program/settings', 'Program settings', errors);
  await expect(coordinator.getByRole('button', { name: 'Save settings' })).toBeVisible();
  await opens(coordinator, '/inspections', 'Inspections', errors);
  for (const tab of ['Upcoming', 'Assigned to me', 'Completed', 'Checklists', 'Plan']) {
    await coordinator.getByRole('tab', { name: tab }).click();
    await expect(coordinator.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expect(coordinator.getByRole('alert').filter({ hasText: /Could not load/ })).toHaveCount(0);
  }
  await opens(coordinator, '/enforcement', 'Enforcement', errors);
  await coordinator.getByRole('tab', { name: 'Response guide' }).click();
  await expect(coordinator.getByRole('alert').filter({ hasText: /Could not load/ })).toHaveCount(0);
  await opens(coordinator, '/snc', 'noncompliance', errors);
  const acme = coordinator.getByTestId('snc-row').filter({ hasText: 'Acme Plating' });
  await acme.getByRole('link', { name: 'Acme Plating' }).click();
  await expect(coordinator.getByTestId('snc-evaluation').first()).toBeVisible();
  await opens(coordinator, '/annual-report', 'annual report', errors);
  await opens(coordinator, '/monitoring/violations', 'Violations', errors);
  expect(errors).toEqual([]);

  // Acme's manager sees the copper NOV on the facility's violation, never another facility's.
  const manager = await signedIn(browser, ACCOUNTS.facilityManager);
  const managerErrors: string[] = [];
  manager.on('pageerror', (e) => managerErrors.push(e.message));
  await opens(manager, '/monitoring/violations', 'Violations', managerErrors);
  await expect(manager.getByText('Riverside Foods')).toHaveCount(0);
  type Listed = { id: string; facilityName: string }[];
  const program = (await (await coordinator.request.get('/api/v1/violations')).json()) as Listed;
  expect(program.some((v) => v.facilityName === 'Riverside Foods')).toBe(true);
  const listed = await manager.request.get('/api/v1/violations');
  expect(listed.status()).toBe(200);
  const mine = (await listed.json()) as Listed;
  expect(mine.every((v) => v.facilityName === 'Acme Plating')).toBe(true);
  const riverside = program.find((v) => v.facilityName === 'Riverside Foods')!;
  expect((await manager.request.get(`/api/v1/violations/${riverside.id}`)).status()).toBe(404);
  expect((await manager.request.get('/api/v1/program/health')).status()).toBe(403);
  expect(managerErrors).toEqual([]);
});
