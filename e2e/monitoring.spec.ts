import type { ResultView, ViolationView } from '@outfall/domain/contracts/index';
import { expect, test } from '@playwright/test';
import { ACCOUNTS, apiGet, isoDay, mainNavigation, signIn } from './support';

const LAB_FILE = new URL('./fixtures/edd-long-acme-plating-2026-06.csv', import.meta.url).pathname;
const COPPER = 'Copper, total (as Cu)';
/** 3.60 as typed, or 3.6 as the engine computed it. */
const COPPER_OVER = /3\.60? mg\/L vs 3\.38 mg\/L/;

test('an operator enters a sampling event in the grid; the exceedance shows at once and the coordinator sees the violation', async ({
  browser,
}) => {
  const facility = await browser.newContext();
  const authority = await browser.newContext();
  const operator = await facility.newPage();
  const coordinator = await authority.newPage();
  await signIn(operator, ACCOUNTS.facilityOperator);
  await signIn(coordinator, ACCOUNTS.coordinator);

  await mainNavigation(operator).getByRole('link', { name: 'Enter results', exact: true }).click();
  await expect(operator).toHaveTitle('Enter results · Outfall');
  await expect(operator.getByText('Permit SWR-IU-001')).toBeVisible();
  const collected = isoDay(-2);
  await operator.getByLabel('Collected (start)').fill(`${collected}T08:00`);
  await operator.getByLabel('Collected (end)').fill(`${isoDay(-1)}T08:00`);
  await operator.getByLabel('Lab', { exact: true }).fill('Great Lakes Analytical');

  // One row per permit parameter; Enter moves down the value column, as in a spreadsheet.
  const grid = operator.getByTestId('entry-grid');
  const rows = grid.getByTestId('entry-row');
  await expect(rows.first()).toContainText('Cadmium, total (as Cd)');
  await expect(grid.getByRole('group', { name: COPPER })).toContainText('3.38');
  await rows.nth(0).getByLabel('Cadmium, total (as Cd) value').fill('0.05');
  await operator.keyboard.press('Enter');
  await expect(rows.nth(1).getByRole('textbox', { name: /value$/ })).toBeFocused();
  await operator.keyboard.type('0.9');

  // Checked as typed: an exceedance is red with the limit it crosses, a value with headroom is green.
  const copper = grid.getByRole('group', { name: COPPER });
  await copper.getByLabel(`${COPPER} value`).fill('3.60');
  const copperCheck = copper.getByTestId('value-check');
  await expect(copperCheck).toHaveText('3.60 mg/L — exceeds daily maximum 3.38');
  await expect(copperCheck).toHaveAttribute('data-status', 'exceeds');
  await expect(rows.nth(0).getByTestId('value-check')).toHaveAttribute('data-status', 'ok');
  await expect(rows.nth(0).getByTestId('value-check')).toContainText('0.05 mg/L — within');

  await operator.getByRole('button', { name: 'Save 3 results' }).click();
  const outcome = operator.getByTestId('evaluation-outcome');
  await expect(outcome).toContainText('Saved 3 results');
  await expect(outcome).toContainText(
    new RegExp(`${COPPER.replace(/[()]/g, '\\$&')} exceeds the daily maximum: 3\\.60? mg/L vs 3\\.38 mg/L`),
  );
  await expect(outcome).toContainText(`${collected}`);
  await expect(grid.getByLabel(`${COPPER} value`)).toHaveValue('');

  // The same record on the authority's side: the new violation, and the coordinator's notification.
  const violations = await apiGet<ViolationView[]>(
    coordinator.request,
    '/api/v1/monitoring/violations?status=open',
  );
  const opened = violations.find(
    (v) => v.parameterCode === '01042' && v.periodStart === collected && v.limitRef.endsWith(':DD'),
  );
  expect(opened, 'the copper daily maximum violation').toBeDefined();
  await mainNavigation(coordinator).getByRole('link', { name: 'Violations' }).click();
  await expect(coordinator).toHaveTitle('Violations · Outfall');
  const row = coordinator
    .getByTestId('violation-row')
    .filter({ hasText: collected })
    .filter({ hasText: 'daily maximum' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Acme Plating');
  await expect(row).toContainText(COPPER);
  await expect(row).toContainText(COPPER_OVER);
  await expect(row).toContainText(`${opened!.exceedancePct}%`);
  await expect(row).toContainText(opened!.noticeDue!);
  await expect(row).toContainText(opened!.resampleDue!);

  await coordinator.reload();
  await expect(coordinator.getByTestId('notification-bell')).toHaveAccessibleName(
    /Notifications, \d+ unread/,
  );
  await coordinator.getByTestId('notification-bell').click();
  await expect(coordinator).toHaveTitle('Notifications · Outfall');
  const note = coordinator
    .getByTestId('notification')
    .filter({ hasText: 'Acme Plating' })
    .filter({ hasText: collected });
  await expect(note.first()).toContainText('Unread');
  await note.first().getByRole('button', { name: 'Mark read' }).click();
  await expect(note.first()).not.toContainText('Unread');

  await facility.close();
  await authority.close();
});

test('an operator imports the lab file and sees its results and the copper violation it causes', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.facilityOperator);
  await mainNavigation(page).getByRole('link', { name: 'Import lab file' }).click();
  await expect(page).toHaveTitle('Import lab file · Outfall');
  await page.getByLabel('Lab file (CSV or XLSX)').click();
  await page.locator('input[type="file"]').setInputFiles(LAB_FILE);
  await page.getByRole('button', { name: 'Preview' }).click();

  // The dry run: every row read, the mapping suggested or saved for the lab, the copper row as reported.
  const preview = page.getByTestId('lab-preview');
  await expect(preview.getByTestId('preview-counts')).toContainText('results in');
  await expect(page.getByRole('combobox', { name: 'Lab' })).toHaveValue('Great Lakes Analytical');
  const copperRow = preview.getByTestId('candidate-row').filter({ hasText: '3520.0 ug/L' });
  await expect(copperRow).toContainText('2026-06-08 08:00');
  await expect(copperRow).toContainText(COPPER);
  const count = await preview.getByTestId('candidate-row').count();
  expect(count).toBeGreaterThan(40);

  // The e2e server's demo leaves this file out (OUTFALL_DEMO_LAB_IMPORT=0): this is its first import.
  await expect(preview.getByText('This file was imported before')).toHaveCount(0);
  await page.getByRole('button', { name: /^Import \d+ results$/ }).click();
  const outcome = page.getByTestId('evaluation-outcome');
  await expect(outcome).toContainText('Imported');
  await expect(outcome).toContainText(`${COPPER} exceeds the daily maximum: 3.52 mg/L vs 3.38 mg/L`);

  // The violation the file causes, and from it the results it rests on.
  await mainNavigation(page).getByRole('link', { name: 'Violations' }).click();
  const row = page
    .getByTestId('violation-row')
    .filter({ hasText: 'daily maximum' })
    .filter({ hasText: '2026-06-08' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(COPPER);
  await expect(row).toContainText('3.52 mg/L vs 3.38 mg/L');
  await expect(row).toContainText('4%');
  await row.getByRole('link', { name: /result/ }).click();
  await expect(page).toHaveTitle('Results · Outfall');
  const results = await apiGet<ResultView[]>(
    page.request,
    '/api/v1/monitoring/results?parameterCode=01042&monitoringPoint=001&from=2026-06-08&to=2026-06-08',
  );
  const resultRows = page.getByTestId('result-row');
  await expect(resultRows).toHaveCount(results.length);
  const exceeding = resultRows.filter({ hasText: '3520.0 ug/L' });
  await expect(exceeding).toContainText('2026-06-08');
  await expect(exceeding).toContainText('EPA 200.8');
  await expect(resultRows.filter({ hasText: '719.2 ug/L' })).toContainText('QC sample');
});
