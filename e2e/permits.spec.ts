import type {
  FacilityClassificationPage,
  FacilityListItem,
  PermitSummaryView,
  PermitView,
} from '@outfall/domain/contracts/index';
import { expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, apiGet, isoDay, mainNavigation, pickOption, signIn } from './support';

const NETDMR_FILE = new URL(
  '../../shared/reference/netdmr-copy-of-record/ARS000002_001-Q_2018-08-31.xml',
  import.meta.url,
).pathname;

const CLASS_LABELS = {
  SIU_CATEGORICAL: 'Categorical SIU (CIU)',
  NSCIU: 'Non-significant categorical (NSCIU)',
  SIU_NON_CATEGORICAL: 'Significant (non-categorical SIU)',
  NON_SIGNIFICANT: 'Non-significant',
} as const;

/** Every limit of the permit, in the page's order (outfall, then limit set), field by field. */
async function expectLimitRows(page: Page, view: PermitView) {
  const { outfalls, limitSets } = view.version.content;
  const ordered = outfalls.flatMap((o) =>
    limitSets.filter((s) => s.outfallId === o.id).flatMap((s) => s.limits),
  );
  const rows = page.getByTestId('limit-row');
  await expect(rows).toHaveCount(ordered.length);
  for (const [i, limit] of ordered.entries()) {
    const row = rows.nth(i);
    await expect(row.getByRole('rowheader')).toContainText(limit.parameterName);
    await expect(row.getByRole('rowheader')).toContainText(limit.parameterCode);
    await expect(row).toContainText(limit.statisticalBaseName ?? limit.statisticalBaseCode);
    await expect(row).toContainText(limit.value === null ? 'Monitor only' : limit.value);
    await expect(row).toContainText(limit.unitText);
  }
}

async function createClassifiedFacility(coordinator: Page, name: string) {
  await mainNavigation(coordinator).getByRole('link', { name: 'Facilities' }).click();
  await coordinator.getByRole('button', { name: 'New facility' }).click();
  await coordinator.getByLabel('Facility name').fill(name);
  await coordinator.getByRole('button', { name: 'Add facility' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name })).toBeVisible();

  await coordinator.getByRole('button', { name: 'Add profile' }).click();
  const form = coordinator.getByRole('form', { name: 'Facility profile' });
  await form.getByLabel('Site address: street').fill('1200 Industrial Parkway');
  await form.getByLabel('Site address: city').fill('Springfield');
  await form.getByLabel('Site address: state').fill('IL');
  await form.getByLabel('Site address: ZIP code').fill('62701');
  await form.getByLabel('NAICS codes').fill('332813');
  await form.getByRole('button', { name: 'Add categorical standard' }).click();
  await pickOption(coordinator, form.getByLabel('Standard 1 part'), '433', /^Part 433 · Metal Finishing/);
  await pickOption(coordinator, form.getByLabel('Standard 1 subpart'), 'A', /^A · /);
  await form.getByLabel('Process flow').fill('12000');
  await form.getByLabel('Sanitary flow').fill('800');
  await form.getByRole('button', { name: 'Save profile' }).click();
  await expect(coordinator.getByRole('button', { name: 'Edit profile' })).toBeVisible();
  await expect(coordinator.getByText('40 CFR 433 subpart A')).toBeVisible();
}

test('a coordinator creates a facility, sees why it is classified, and issues a permit the manager sees at once', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const authority = await browser.newContext();
  const facility = await browser.newContext();
  const coordinator = await authority.newPage();
  const manager = await facility.newPage();
  await signIn(coordinator, ACCOUNTS.coordinator);
  await signIn(manager, ACCOUNTS.facilityManager);

  // A new categorical industrial user: the engine's class and the rule that decided it.
  const name = `Northside Metal Finishing ${Date.now()}`;
  await createClassifiedFacility(coordinator, name);
  await coordinator.getByRole('tab', { name: 'Classification' }).click();
  const facilities = await apiGet<FacilityListItem[]>(coordinator.request, '/api/v1/facilities');
  const created = facilities.find((f) => f.name === name)!;
  const classification = await apiGet<FacilityClassificationPage>(
    coordinator.request,
    `/api/v1/facilities/${created.id}/classification`,
  );
  const effective = classification.current!.effective;
  expect(effective.iuClass).toBe('SIU_CATEGORICAL');
  await expect(coordinator.getByTestId('current-class')).toHaveText(CLASS_LABELS[effective.iuClass]);
  await expect(coordinator.getByTestId('classification-rule')).toContainText(effective.decidedBy.citation);
  await expect(coordinator.getByTestId('classification-rule')).toContainText(effective.decidedBy.rule);
  await expect(coordinator.getByTestId('classification-checks').locator('tbody tr')).toHaveCount(
    classification.current!.computed.checks.length,
  );

  // A permit for Acme Plating (whose manager exists): Part 433 limits and a CWF-derived zinc limit.
  const acme = facilities.find((f) => f.name === 'Acme Plating')!;
  await coordinator.goto(`/facilities/${acme.id}?tab=permits`);
  await coordinator.getByRole('link', { name: 'New permit' }).click();
  const permitNumber = `IU-${Date.now().toString().slice(-8)}`;
  const today = isoDay(0);
  const expires = isoDay(4 * 365);
  await coordinator.getByLabel('Permit number').fill(permitNumber);
  await coordinator.getByLabel('Effective from').first().fill(today);
  await coordinator.getByLabel('Expires on').fill(expires);
  await coordinator.getByRole('button', { name: 'Add outfall' }).click();
  await coordinator.getByRole('button', { name: 'Add limit set' }).click();

  await coordinator.getByRole('button', { name: 'Fill from categorical standards' }).click();
  const fill = coordinator.getByRole('dialog', { name: 'Fill from categorical standards' });
  await pickOption(coordinator, fill.getByLabel('40 CFR part'), '433', /^Part 433 · Metal Finishing/);
  await pickOption(coordinator, fill.getByLabel('Subpart'), 'A', /^A · /);
  await fill.getByRole('button', { name: 'Get limit drafts' }).click();
  const drafts = fill.getByTestId('categorical-drafts').locator('tbody tr');
  await expect(drafts).toHaveCount(17);
  await expect(fill.getByTestId('categorical-drafts')).toContainText('40 CFR 433.15(a)');
  // Zinc comes from the CWF instead: the regulated stream is diluted before the sampling point.
  await fill.getByLabel('Add Zinc (T) DAILY_MAX').uncheck();
  await fill.getByLabel('Add Zinc (T) MONTHLY').uncheck();
  await fill.getByRole('button', { name: 'Add 15 limits' }).click();
  const limitRows = coordinator.getByTestId('limit-editor-row');
  await expect(limitRows).toHaveCount(15);

  await coordinator.getByRole('button', { name: 'Compute CWF limit' }).click();
  const cwf = coordinator.getByRole('dialog', { name: 'Compute a CWF limit' });
  await cwf.getByLabel('Parameter code').fill('01092');
  await cwf.getByLabel('Pollutant').fill('Zinc, total (as Zn)');
  await cwf.getByLabel('Stream 1 flow').fill('10000');
  await cwf.getByLabel('Stream 1 daily maximum standard').fill('2.61');
  await cwf.getByLabel('Stream 1 average standard').fill('1.48');
  await pickOption(coordinator, cwf.getByLabel('Stream 2 kind'), null, 'Dilute');
  await cwf.getByLabel('Stream 2 flow').fill('5000');
  await cwf.getByRole('button', { name: 'Compute' }).click();
  // 403.6(e): 2.61 × 10000 / 10000 × (15000 − 5000) / 15000 = 1.74
  await expect(cwf.getByTestId('cwf-daily')).toContainText('Daily maximum: 1.74 mg/L');
  await cwf.getByRole('button', { name: 'Use daily maximum limit' }).click();
  await expect(limitRows).toHaveCount(16);
  await expect(coordinator.getByLabel('Limit 16 value')).toHaveValue('1.74');

  await coordinator.getByRole('button', { name: 'One per limited parameter' }).click();
  await coordinator.getByRole('button', { name: 'Add reporting requirement' }).click();
  await coordinator.getByRole('button', { name: 'Insert model statements' }).click();
  await coordinator.getByRole('button', { name: 'Save draft' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: `Permit ${permitNumber}` })).toBeVisible();

  await coordinator.getByRole('button', { name: 'Issue permit' }).click();
  const issue = coordinator.getByRole('dialog');
  await expect(issue.getByLabel('Expires on')).toHaveValue(expires);
  await issue.getByRole('button', { name: 'Issue permit' }).click();
  await expect(issue).toBeHidden();
  const permits = await apiGet<PermitSummaryView[]>(
    coordinator.request,
    `/api/v1/permits?facilityId=${acme.id}`,
  );
  const issued = permits.find((p) => p.permitNumber === permitNumber)!;
  expect(['issued', 'effective']).toContain(issued.status);
  const view = await apiGet<PermitView>(coordinator.request, `/api/v1/permits/${issued.id}`);
  const limits = view.version.content.limitSets.flatMap((s) => s.limits);
  expect(limits).toHaveLength(16);
  expect(
    limits
      .filter((l) => l.basis === 'categorical')
      .every((l) => l.categoricalCitation?.startsWith('40 CFR 433.15')),
  ).toBe(true);
  const zinc = limits.find((l) => l.basis === 'cwf')!;
  expect(zinc.value).toBe('1.74');
  expect(zinc.derivation?.result).toBe('1.74');

  // The facility's manager sees the same permit, read-only, at once.
  await mainNavigation(manager).getByRole('link', { name: 'My permits' }).click();
  await manager.getByRole('link', { name: permitNumber }).click();
  await expect(manager.getByRole('heading', { level: 1, name: `Permit ${permitNumber}` })).toBeVisible();
  await expect(manager.getByText('Issued by Springfield Water Reclamation')).toBeVisible();
  const rows = manager.getByTestId('limit-row');
  await expect(rows).toHaveCount(limits.length);
  await expectLimitRows(manager, view);
  const zincRow = rows.filter({ hasText: 'CWF-derived' });
  await expect(zincRow).toContainText('≤ 1.74');
  await zincRow.getByRole('button', { name: /How .* was derived/ }).click();
  await expect(manager.getByTestId('derivation-result')).toHaveText('Result: 1.74 mg/L');
  await manager.keyboard.press('Escape');
  await expect(manager.getByRole('button', { name: 'Issue permit' })).toHaveCount(0);
  await expect(manager.getByRole('link', { name: 'Edit draft' })).toHaveCount(0);
  await expect(manager.getByRole('link', { name: 'Download PDF' })).toHaveAttribute(
    'href',
    `/api/v1/permits/${issued.id}/versions/1/document.pdf`,
  );

  await authority.close();
  await facility.close();
});

test('a facility manager imports a NetDMR copy of record and sees its limits', async ({ page }) => {
  await signIn(page, ACCOUNTS.facilityManager);
  await mainNavigation(page).getByRole('link', { name: 'My permits' }).click();
  await page.getByRole('link', { name: 'Import a permit' }).click();
  await page.getByLabel('Permit file').setInputFiles(NETDMR_FILE);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText(/Permit created|No change|Permit updated/);
  await status.getByRole('link', { name: 'Open permit ARS000002' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Permit ARS000002' })).toBeVisible();

  const permitId = page.url().split('/').pop()!;
  const view = await apiGet<PermitView>(page.request, `/api/v1/permits/${permitId}`);
  expect(view.version.content.limitSets.flatMap((s) => s.limits).length).toBeGreaterThan(0);
  await expectLimitRows(page, view);
  await expect(page.getByText(/Outfall 001/)).toBeVisible();

  // The same file again changes nothing.
  await page.goto('/permits/import');
  await page.getByLabel('Permit file').setInputFiles(NETDMR_FILE);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('No change');
});
