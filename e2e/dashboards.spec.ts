import type {
  AttentionItem,
  AttentionView,
  DashboardView,
  MemberView,
  OrganizationView,
} from '@outfall/domain/contracts/index';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { ACCOUNTS, apiGet, mainNavigation, signIn } from './support';

test('a coordinator and a facility manager each see their own dashboard', async ({ browser }) => {
  const authority = await browser.newContext();
  const facility = await browser.newContext();
  const coordinator = await authority.newPage();
  const manager = await facility.newPage();

  await signIn(coordinator, ACCOUNTS.coordinator);
  await signIn(manager, ACCOUNTS.facilityManager);

  // The authority's dashboard: its name and the real counts the API reports.
  const authorityView = await apiGet<DashboardView>(coordinator.request, '/api/v1/dashboard');
  const facilities = await apiGet<OrganizationView[]>(coordinator.request, '/api/v1/facilities');
  const authorityMembers = await apiGet<MemberView[]>(
    coordinator.request,
    '/api/v1/organizations/current/members',
  );
  expect(authorityView.kind).toBe('authority');
  expect(facilities.length).toBeGreaterThanOrEqual(12);
  await expect(coordinator).toHaveTitle('Dashboard · Outfall');
  await expect(coordinator.getByTestId('dashboard-organization')).toHaveText('Springfield Water Reclamation');
  await expect(coordinator.getByTestId('stat-facilities')).toHaveText(String(facilities.length));
  await expect(coordinator.getByTestId('stat-members')).toHaveText(String(authorityMembers.length));
  if (authorityView.kind === 'authority') {
    await expect(coordinator.getByTestId('stat-invitations')).toHaveText(
      String(authorityView.pendingInvitations),
    );
  }

  // The facility's dashboard: its own name, its regulator, its own counts.
  const facilityView = await apiGet<DashboardView>(manager.request, '/api/v1/dashboard');
  const facilityMembers = await apiGet<MemberView[]>(
    manager.request,
    '/api/v1/organizations/current/members',
  );
  expect(facilityView.kind).toBe('facility');
  await expect(manager.getByTestId('dashboard-organization')).toHaveText('Acme Plating');
  await expect(manager.getByText('Facility regulated by Springfield Water Reclamation.')).toBeVisible();
  await expect(manager.getByTestId('stat-members')).toHaveText(String(facilityMembers.length));
  await expect(manager.getByTestId('stat-signatories')).toHaveText(
    String(facilityMembers.filter((m) => m.signatory !== null).length),
  );
  await expect(manager.getByTestId('stat-facilities')).toHaveCount(0);

  // The authority sees its facilities; the list is the API's list, Acme Plating among them.
  await mainNavigation(coordinator).getByRole('link', { name: 'Facilities' }).click();
  await expect(coordinator).toHaveTitle('Facilities · Outfall');
  const rows = coordinator.getByTestId('facilities-table').locator('tbody tr');
  await expect(rows).toHaveCount(facilities.length);
  await coordinator.getByRole('link', { name: 'Acme Plating' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Acme Plating' })).toBeVisible();
  const profile = coordinator.getByRole('region', { name: 'Profile' });
  await expect(
    profile.getByRole('definition').filter({ hasText: 'Springfield Water Reclamation' }),
  ).toBeVisible();
  await expect(coordinator).toHaveTitle('Acme Plating · Outfall');

  // The facility manager has no authority navigation, and cannot open the authority's pages.
  const managerNav = mainNavigation(manager);
  await expect(managerNav.getByRole('link', { name: 'My facility' })).toBeVisible();
  await expect(managerNav.getByRole('link', { name: 'Team' })).toBeVisible();
  await expect(managerNav.getByRole('link', { name: 'Facilities' })).toHaveCount(0);
  await expect(managerNav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await manager.goto('/facilities');
  await expect(manager).toHaveURL(/\/$/);
  await expect(manager.getByTestId('dashboard-organization')).toHaveText('Acme Plating');
  const denied = await manager.request.get(
    `/api/v1/facilities/${facilities.find((f) => f.name !== 'Acme Plating')!.id}`,
  );
  expect(denied.status()).toBe(404);

  await authority.close();
  await facility.close();
});

test('a wrong password shows the server’s error and keeps the user on the login page', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(ACCOUNTS.coordinator);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Sign-in failed');
  await expect(alert).toContainText('The e-mail or password is wrong');
  await expect(page).toHaveURL(/\/login$/);
  const session = await page.request.get('/api/v1/auth/session');
  expect(session.status()).toBe(401);
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, ACCOUNTS.facilityManager);
  await expect(page.getByTestId('current-user')).toHaveText('Morgan Hale');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect((await page.request.get('/api/v1/auth/session')).status()).toBe(401);
  await page.goto('/team');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('a user of two organizations switches between them', async ({ page }) => {
  await signIn(page, ACCOUNTS.consultant);
  const switcher = page.getByRole('combobox', { name: 'Organization' });
  const first = await page.getByTestId('dashboard-organization').textContent();
  const other = first === 'Acme Plating' ? 'Riverside Foods' : 'Acme Plating';
  await switcher.click();
  await page.getByRole('option', { name: new RegExp(`^${other}`) }).click();
  await expect(page.getByTestId('dashboard-organization')).toHaveText(other);
  const session = await apiGet<{
    activeOrganizationId: string;
    memberships: { organizationId: string; organizationName: string }[];
  }>(page.request, '/api/v1/auth/session');
  const active = session.memberships.find((m) => m.organizationId === session.activeOrganizationId);
  expect(active?.organizationName).toBe(other);
});

test('works at phone width: the navigation folds into a menu button', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, ACCOUNTS.coordinator);
  const nav = mainNavigation(page);
  await expect(nav.getByRole('link', { name: 'Facilities' })).not.toBeInViewport();
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await expect(nav.getByRole('link', { name: 'Facilities' })).toBeInViewport();
  await nav.getByRole('link', { name: 'Facilities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Facilities' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Acme Plating' })).toBeVisible();
  await context.close();
});

const ROLES = [
  { email: ACCOUNTS.coordinator, audience: 'coordinator', minimumNonZero: 2 },
  { email: 'inspector@springfield.example', audience: 'inspector', minimumNonZero: 0 },
  { email: ACCOUNTS.facilityManager, audience: 'manager', minimumNonZero: 1 },
  { email: ACCOUNTS.facilityOperator, audience: 'operator', minimumNonZero: 1 },
] as const;

/** The rows of the list a dashboard count links to (null: a list the test cannot count, see below). */
function listRows(page: Page, item: AttentionItem): Locator | null {
  const path = item.link.split('?')[0];
  if (path === '/calendar')
    return page.locator('[data-testid="calendar-results"][aria-busy="false"]').getByTestId('deadline-row');
  if (path === '/monitoring/violations') return page.getByTestId('violation-row');
  if (path === '/notifications') return page.getByTestId('notification');
  if (item.link === '/reports?queue=review' || item.link === '/reports?queue=late')
    return page.getByTestId('report-row');
  if (item.link === '/reports?queue=signature')
    return page.getByRole('region', { name: 'Waiting for your signature' }).getByTestId('report-row');
  return null;
}

async function attention(page: Page): Promise<AttentionView> {
  return apiGet<AttentionView>(page.request, '/api/v1/dashboard/attention');
}

for (const role of ROLES) {
  test(`the ${role.audience}’s dashboard shows what needs attention; each count opens its list`, async ({
    page,
  }) => {
    await signIn(page, role.email);
    const view = await attention(page);
    expect(view.audience).toBe(role.audience);
    const section = page.getByRole('region', { name: 'Needs attention' });
    await expect(section.getByTestId('attention-item')).toHaveCount(view.items.length);
    for (const item of view.items) {
      const card = section.locator(`[data-id="${item.id}"]`);
      await expect(card).toContainText(item.label);
      // The counts come from the server's queries; a sweep running meanwhile may move them.
      await expect
        .poll(async () => {
          const now = (await attention(page)).items.find((i) => i.id === item.id)?.count;
          return (await card.getByTestId(`attention-${item.id}`).textContent()) === String(now);
        })
        .toBe(true);
      // Late or in violation: said in words with an icon, not by colour alone.
      if (item.severity === 'alert') await expect(card).toContainText('Needs action');
      else await expect(card).not.toContainText('Needs action');
    }

    let nonZero = 0;
    for (const item of view.items) {
      const rows = listRows(page, item);
      if (!rows) continue;
      await mainNavigation(page).getByRole('link', { name: 'Dashboard' }).click();
      const card = section.locator(`[data-id="${item.id}"]`);
      await expect(card.getByTestId(`attention-${item.id}`)).toHaveText(/^\d+$/);
      const shown = Number(await card.getByTestId(`attention-${item.id}`).textContent());
      await card.getByRole('link').click();
      await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === item.link);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByLabel(/^Loading /)).toHaveCount(0);
      // The list shows exactly the items counted (the count read again, in case a sweep moved it).
      let count = shown;
      await expect
        .poll(async () => {
          count = (await attention(page)).items.find((i) => i.id === item.id)?.count ?? -1;
          const n = await rows.count();
          return n === count ? 'same' : `${n} rows for a count of ${count}`;
        })
        .toBe('same');
      if (count > 0) nonZero += 1;
    }
    expect(nonZero, 'counts above zero checked against their lists').toBeGreaterThanOrEqual(
      role.minimumNonZero,
    );
  });
}
