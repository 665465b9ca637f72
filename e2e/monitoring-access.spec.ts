import type { LabImportResult, LabTokenView, SessionView } from '@outfall/domain/contracts/index';
import { expect, test } from '@playwright/test';
import { ACCOUNTS, apiGet, mainNavigation, signIn } from './support';

const LAB_API = '/api/v1/lab-api/results';
const LAB_FILE = new URL('./fixtures/edd-long-acme-plating-2026-06.csv', import.meta.url).pathname;

/** One low cadmium result, unique to this run so it is always new (well within every limit). */
function smallCsv(): { fileName: string; content: string } {
  const stamp = Date.now();
  const value = (1 + (stamp % 900) / 1000).toFixed(3);
  return {
    fileName: `lims-${stamp}.csv`,
    content:
      'sample_id,location,sample_date,sample_time,sample_type,parameter,result,unit\n' +
      `LIMS-${stamp},001,2026-05-12,08:00,grab,Cadmium,${value},ug/L\n`,
  };
}

test('a manager issues a lab token, a LIMS posts results with it, and once revoked it is refused', async ({
  page,
  request,
}) => {
  await signIn(page, ACCOUNTS.facilityManager);
  await mainNavigation(page).getByRole('link', { name: 'Import lab file' }).click();
  await expect(page).toHaveTitle('Import lab file · Outfall');
  const panel = page.getByRole('region', { name: 'Lab and LIMS access' });
  await expect(panel).toBeVisible();

  const name = `Great Lakes LIMS ${Date.now()}`;
  await panel.getByLabel('Token name').fill(name);
  await panel.getByRole('button', { name: 'Create token' }).click();

  // Shown once, with how to use it and this facility's id.
  const issued = panel.getByTestId('issued-lab-token');
  await expect(issued).toContainText('copy it now, it is not shown again');
  await expect(issued).toContainText('POST /api/v1/lab-api/results');
  await expect(issued).toContainText('Authorization: Bearer <token>');
  const token = await issued.getByLabel('Lab token').inputValue();
  expect(token).toMatch(/^olab_\S{20,}$/);
  const session = await apiGet<SessionView>(page.request, '/api/v1/auth/session');
  const facilityId = session.activeOrganizationId!;
  await expect(issued.getByLabel('Facility id')).toHaveValue(facilityId);

  const row = panel.getByTestId('lab-token-row').filter({ hasText: name });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Morgan Hale');
  const listed = await apiGet<LabTokenView[]>(
    page.request,
    `/api/v1/monitoring/lab-tokens?facilityId=${facilityId}`,
  );
  expect(listed.find((t) => t.name === name)?.revokedAt).toBeNull();

  // The LIMS: no session, only the bearer token.
  const file = smallCsv();
  const body = { facilityId, fileName: file.fileName, encoding: 'text', content: file.content };
  const posted = await request.post(LAB_API, { headers: { authorization: `Bearer ${token}` }, data: body });
  expect(posted.status(), await posted.text()).toBe(200);
  const result = (await posted.json()) as LabImportResult;
  expect(result.added).toBe(1);
  expect(result.repeated).toBe(0);

  // Once dismissed, the token is gone from the page for good, even when the page is opened again.
  await issued.getByRole('button', { name: 'Done, I have copied it' }).click();
  await expect(issued).toHaveCount(0);
  await mainNavigation(page).getByRole('link', { name: 'Results', exact: true }).click();
  await expect(page).toHaveTitle('Results · Outfall');
  await mainNavigation(page).getByRole('link', { name: 'Import lab file' }).click();
  await expect(row).toContainText('Active');
  await expect(page.locator(`input[value="${token}"]`)).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);

  // Revoked after a confirmation: the same post now answers 401.
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke this lab token?' });
  await expect(dialog).toContainText(name);
  await dialog.getByRole('button', { name: 'Revoke token' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: /Revoke/ })).toHaveCount(0);

  const refused = await request.post(LAB_API, {
    headers: { authorization: `Bearer ${token}` },
    data: { ...body, content: smallCsv().content },
  });
  expect(refused.status()).toBe(401);
});

test('a manager checks for missed samples now and sees what the check found', async ({ page }) => {
  await signIn(page, ACCOUNTS.facilityManager);
  await mainNavigation(page).getByRole('link', { name: 'Sampling schedule' }).click();
  await expect(page).toHaveTitle('Sampling schedule · Outfall');
  const sweepDone = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/monitoring/sweep') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Check for missed samples now' }).click();
  const response = await sweepDone;
  expect(response.status()).toBe(200);
  const found = (await response.json()) as { facilitiesChecked: number; violationsOpened: unknown[] };
  expect(found.facilitiesChecked).toBe(1);

  const outcome = page.getByTestId('sweep-outcome');
  await expect(outcome).toContainText('Checked 1 facility');
  await expect(outcome).toContainText(
    found.violationsOpened.length === 0
      ? 'No new missed samples'
      : `${found.violationsOpened.length} missed sample`,
  );

  // A second check finds nothing new: each missed slot becomes one violation only.
  await page.getByRole('button', { name: 'Check for missed samples now' }).click();
  await expect(outcome).toContainText('No new missed samples');
});

test('a large lab file shows what is happening while the preview runs', async ({ page }) => {
  await signIn(page, ACCOUNTS.facilityOperator);
  await mainNavigation(page).getByRole('link', { name: 'Import lab file' }).click();
  // Operators import files but do not manage lab access.
  await expect(page.getByRole('region', { name: 'Lab and LIMS access' })).toHaveCount(0);

  // A slow link: the upload's real progress, then the server's work while the answer is on its way.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 3000,
    downloadThroughput: -1,
    uploadThroughput: 3 * 1024,
  });
  // Records each text the progress panel shows (a script: this project's e2e types have no DOM).
  await page.evaluate(`
    window.seen = [];
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="lab-file-progress"]')?.textContent;
      if (text && window.seen.at(-1) !== text) window.seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  `);
  await page.locator('input[type="file"]').setInputFiles(LAB_FILE);
  await page.getByRole('button', { name: 'Preview' }).click();
  const progress = page.getByTestId('lab-file-progress');
  await expect(progress).toContainText('Uploading 9 KB…');
  await expect(progress).toContainText('51 rows');
  await expect(progress).toContainText('Checking 51 rows…');
  await expect(page.getByTestId('lab-preview')).toBeVisible({ timeout: 20_000 });
  await expect(progress).toHaveCount(0);
  // What the user saw, in order: the upload, then the check (never a percentage for the server's work).
  const seen = (await page.evaluate('window.seen')) as string[];
  expect(seen[0]).toMatch(/^Uploading 9 KB…/);
  expect(seen.at(-1)).toMatch(/^Checking 51 rows…/);
  expect(seen.filter((t) => t.startsWith('Checking')).every((t) => !t.includes('%'))).toBe(true);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });

  await mainNavigation(page).getByRole('link', { name: 'Sampling schedule' }).click();
  await expect(page).toHaveTitle('Sampling schedule · Outfall');
  await expect(page.getByRole('button', { name: 'Check for missed samples now' })).toHaveCount(0);
});
