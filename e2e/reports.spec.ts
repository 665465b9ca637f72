import { readFileSync } from 'node:fs';
import type { ReportView } from '@outfall/domain/contracts/index';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, apiGet, mainNavigation, signIn } from './support';

const COPPER = 'Copper, total (as Cu)';
/** A June day the demo has no sample on, so the exceedance below is this spec's own. */
const JUNE_DAY = '2026-06-16';
const PERIOD = 'Jan–Jun 2026';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Opens the Jan–Jun 2026 periodic compliance report from the Reports list. */
async function openJuneReport(page: Page, list: 'own' | 'review'): Promise<void> {
  await mainNavigation(page).getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page).toHaveTitle('Reports · Outfall');
  if (list === 'review') {
    await expect(page.getByRole('tab', { name: 'Review queue' })).toHaveAttribute('aria-selected', 'true');
  }
  const row = page
    .getByTestId('report-row')
    .filter({ hasText: 'Periodic compliance report' })
    .filter({ hasText: PERIOD });
  await expect(row).toHaveCount(1);
  if (list === 'review') await expect(row).toContainText('Acme Plating');
  await row.getByRole('link', { name: /Periodic compliance report/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(PERIOD);
}

test('a periodic compliance report is prepared, explained, signed, accepted, and its copy of record verifies', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const operator = await signedIn(browser, ACCOUNTS.facilityOperator);
  const manager = await signedIn(browser, ACCOUNTS.facilityManager);
  const coordinator = await signedIn(browser, ACCOUNTS.coordinator);

  // The operator enters a June composite with copper over its daily maximum (3.38 mg/L).
  await mainNavigation(operator).getByRole('link', { name: 'Enter results', exact: true }).click();
  await expect(operator).toHaveTitle('Enter results · Outfall');
  await operator.getByLabel('Collected (start)').fill(`${JUNE_DAY}T08:00`);
  await operator.getByLabel('Collected (end)').fill('2026-06-17T08:00');
  await operator.getByLabel('Lab', { exact: true }).fill('Great Lakes Analytical');
  const copper = operator.getByTestId('entry-grid').getByRole('group', { name: COPPER });
  await copper.getByLabel(`${COPPER} value`).fill('3.90');
  await expect(copper.getByTestId('value-check')).toHaveAttribute('data-status', 'exceeds');
  await operator.getByRole('button', { name: 'Save 1 result' }).click();
  await expect(operator.getByTestId('evaluation-outcome')).toContainText('Saved 1 result');

  // The manager (a responsible official) prepares the Jan–Jun 2026 report from the record.
  await openJuneReport(manager, 'own');
  await expect(manager.getByTestId('days-late').first()).toContainText(/\d+ days? late/);
  await manager.getByRole('button', { name: 'Prepare from the record' }).click();
  const exceedance = manager.getByRole('article', {
    name: new RegExp(`Exceedance: Copper.* on ${JUNE_DAY}`),
  });
  await expect(exceedance).toBeVisible();
  await expect(exceedance).toContainText('3.9');
  const copperRows = manager
    .getByTestId('report-value-row')
    .filter({ has: manager.getByTestId('value-exceedance') });
  await expect(copperRows.first()).toContainText('Exceeds limit');
  await expect(manager.getByTestId('report-status-text')).toHaveText('In preparation');

  // Each value leads back to the results it was computed from.
  await manager.getByRole('link', { name: `1 result of ${COPPER}, DAILY MX` }).click();
  await expect(manager).toHaveTitle('Results · Outfall');
  await expect(manager.getByTestId('result-row').filter({ hasText: '3.90 mg/L' })).toContainText(JUNE_DAY);
  await manager.goBack();
  await expect(manager.getByTestId('report-status-text')).toHaveText('In preparation');

  await exceedance
    .getByLabel(/^Explanation of the .* exceedance on/)
    .fill('The rinse-tank level control failed and concentrated drag-out reached the final tank.');
  await exceedance
    .getByLabel(/^Corrective action for the .* exceedance on/)
    .fill('Level control replaced on 2026-06-18; resample taken within 30 days.');
  await manager.getByRole('button', { name: 'Save draft' }).first().click();
  await expect(manager.getByTestId('report-notice')).toHaveText('Draft saved.');
  await manager.getByRole('button', { name: 'Mark ready for signature' }).click();
  await expect(manager.getByTestId('report-status-text')).toHaveText('Ready for signature');

  // Signing: the certification in force shown verbatim, confirmed, and the password re-entered.
  const reportId = manager.url().split('/').pop()!;
  const before = await apiGet<ReportView>(manager.request, `/api/v1/reports/${reportId}`);
  expect(before.can.sign).toBe(true);
  expect(before.content?.exceedances.find((e) => e.date === JUNE_DAY)?.explanation).toContain('rinse-tank');
  await manager.getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = manager.getByRole('dialog', { name: /Sign and submit/ });
  await expect(dialog.getByTestId('certification-text')).toHaveText(before.certification!.text);
  await expect(dialog.getByTestId('certification-text')).toContainText('I certify under penalty of law');
  await dialog.getByRole('button', { name: 'Sign and submit' }).click();
  await expect(dialog.getByText('confirm the certification statement')).toBeVisible();
  await dialog.getByRole('checkbox', { name: /I have read the certification statement/ }).check();
  await dialog.getByLabel('Your password').fill('outfall-demo');
  await dialog.getByRole('button', { name: 'Sign and submit' }).click();
  await expect(dialog).toBeHidden();
  await expect(manager.getByTestId('report-status-text')).toHaveText('Submitted');
  await expect(manager.getByTestId('revision-row').first()).toContainText('Signed');

  // The coordinator finds it in the review queue and accepts it.
  await openJuneReport(coordinator, 'review');
  await expect(coordinator.getByTestId('report-status-text')).toHaveText('Submitted');
  await expect(
    coordinator.getByRole('article', { name: new RegExp(`Exceedance: Copper.* on ${JUNE_DAY}`) }),
  ).toContainText('rinse-tank level control failed');
  await coordinator.getByRole('button', { name: 'Accept', exact: true }).click();
  const review = coordinator.getByRole('dialog', { name: /^Accept/ });
  await review.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(review).toBeHidden();
  await expect(coordinator.getByTestId('report-status-text')).toHaveText('Accepted');
  await mainNavigation(coordinator).getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(
    coordinator.getByTestId('report-row').filter({ hasText: PERIOD }).filter({ hasText: 'Acme Plating' }),
  ).toHaveCount(0);

  // The manager sees it accepted, with the coordinator's review.
  await manager.reload();
  await expect(manager.getByTestId('report-status').first()).toHaveText('Accepted');
  await expect(manager.getByTestId('review-row')).toContainText('Accepted');

  // The copy of record downloaded from the report verifies; changed by one byte, it does not.
  const downloading = manager.waitForEvent('download');
  await manager.getByRole('link', { name: 'Copy of record of revision 1 (JSON)' }).click();
  const download = await downloading;
  const bytes = readFileSync(await download.path());
  const copy = JSON.parse(bytes.toString('utf8')) as { content: { title: string } };
  expect(copy.content.title).toContain(PERIOD);

  await mainNavigation(manager).getByRole('link', { name: 'Verify a copy of record' }).click();
  await expect(manager).toHaveTitle('Verify a copy of record · Outfall');
  const fileInput = manager.getByLabel('Copy of record file (JSON or PDF)');
  await fileInput.setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: bytes,
  });
  const outcome = manager.getByTestId('verification');
  await expect(outcome).toContainText(`Verified — ${copy.content.title}, signed by`);
  await expect(outcome).toContainText('SHA-256');

  const tampered = Buffer.from(bytes);
  const at = tampered.indexOf('outfall.copy-of-record'); // 'o' → 'p': still JSON, one byte changed
  expect(at).toBeGreaterThan(0);
  tampered[at] = tampered[at]! + 1;
  await fileInput.setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: tampered });
  await expect(outcome).toContainText('Not verified —');

  await operator.context().close();
  await manager.context().close();
  await coordinator.context().close();
});
