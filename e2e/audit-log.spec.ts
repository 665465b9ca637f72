import type { AuditPage, OrganizationView } from '@outfall/domain/contracts/index';
import { expect, test } from '@playwright/test';
import { ACCOUNTS, apiGet, mainNavigation, signIn } from './support';

test('an authority admin sees the audit log, with the change they just made', async ({ page }) => {
  await signIn(page, ACCOUNTS.authorityAdmin);

  // Make a change through the UI, so there is a known event to find.
  const name = `Harbor Anodizing ${Date.now()}`;
  await mainNavigation(page).getByRole('link', { name: 'Facilities' }).click();
  await page.getByRole('button', { name: 'New facility' }).click();
  await page.getByLabel('Facility name').fill(name);
  await page.getByRole('button', { name: 'Add facility' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const facility = (await apiGet<OrganizationView[]>(page.request, '/api/v1/facilities')).find(
    (f) => f.name === name,
  );
  expect(facility).toBeDefined();
  await expect(page).toHaveURL(new RegExp(`/facilities/${facility!.id}$`));
  // The facility's own history shows its creation, by this admin.
  const history = page.getByTestId('audit-table');
  await expect(history.getByText('organization.created')).toBeVisible();
  await expect(history.getByText(ACCOUNTS.authorityAdmin)).toBeVisible();

  // The organization-wide log: visible to the admin, newest first, the same events the API returns.
  await mainNavigation(page).getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveTitle('Audit log · Outfall');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const apiPage = await apiGet<AuditPage>(page.request, '/api/v1/audit?limit=50');
  const rows = page.getByTestId('audit-table').locator('tbody tr');
  await expect(rows).toHaveCount(apiPage.events.length);
  await expect(rows.first().locator('td').first()).toHaveText(String(apiPage.events[0]!.seq));

  // Filter by event type: only facility creations remain, the new one first.
  await page.getByLabel('Event type').fill('organization.created');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/eventType=organization.created/);
  const filtered = await apiGet<AuditPage>(
    page.request,
    '/api/v1/audit?eventType=organization.created&limit=50',
  );
  await expect(rows).toHaveCount(filtered.events.length);
  await expect(rows.first()).toContainText(facility!.id);
  for (const text of await rows.locator('td:nth-child(3)').allTextContents()) {
    expect(text).toBe('organization.created');
  }

  // The row opens to show what changed.
  await rows
    .first()
    .getByRole('button', { name: /Show details/ })
    .click();
  await expect(page.getByTestId('audit-table')).toContainText(name);

  // "Export CSV" carries the same filter, and the server answers it with the event.
  const exportLink = page.getByRole('link', { name: 'Export CSV' });
  await expect(exportLink).toHaveAttribute('href', '/api/v1/audit.csv?eventType=organization.created');
  const csv = await page.request.get((await exportLink.getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(facility!.id);
});

test('the audit log is an admin view: a coordinator has no link to it', async ({ page }) => {
  await signIn(page, ACCOUNTS.coordinator);
  const nav = mainNavigation(page);
  await expect(nav.getByRole('link', { name: 'Facilities' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await page.goto('/audit');
  await expect(page.getByRole('alert')).toContainText(
    'Only administrators can see the organization-wide audit log',
  );
});
