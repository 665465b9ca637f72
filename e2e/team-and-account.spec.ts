import type { DashboardView, InvitationView } from '@outfall/domain/contracts/index';
import { expect, test } from '@playwright/test';
import { apiGet, mainNavigation, signIn } from './support';

test('a facility admin invites a signatory; the invitation is pending and counted', async ({ page }) => {
  await signIn(page, 'admin@acme-plating.example');
  await mainNavigation(page).getByRole('link', { name: 'Team' }).click();
  await expect(page).toHaveTitle('Team · Outfall');
  await expect(page.getByTestId('members-table')).toContainText('Morgan Hale');

  const email = `new-operator-${Date.now()}@acme-plating.example`;
  const form = page.getByRole('form', { name: 'Invite a team member' });
  await form.getByLabel('E-mail').fill(email);
  await form.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Operator' }).click();
  await form.getByRole('combobox', { name: 'Signatory' }).click();
  await page.getByRole('option', { name: 'Authorized representative' }).click();
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status')).toContainText(`An invitation was e-mailed to ${email}`);

  const row = page.getByTestId('invitations-table').getByRole('row', { name: new RegExp(email) });
  await expect(row).toContainText('Operator');
  await expect(row).toContainText('Authorized representative');

  // The same invitation again is refused with the server's message on the field.
  await form.getByLabel('E-mail').fill('manager@acme-plating.example');
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(form.getByLabel('E-mail')).toHaveAccessibleDescription(/Already a member/);

  const invitations = await apiGet<InvitationView[]>(
    page.request,
    '/api/v1/organizations/current/invitations',
  );
  const pending = invitations.filter((i) => !i.acceptedAt).length;
  expect(invitations.some((i) => i.email === email && i.signatory === 'authorized_representative')).toBe(
    true,
  );
  await mainNavigation(page).getByRole('link', { name: 'Dashboard' }).click();
  const dashboard = await apiGet<DashboardView>(page.request, '/api/v1/dashboard');
  expect(dashboard.pendingInvitations).toBe(pending);
  await expect(page.getByTestId('stat-invitations')).toHaveText(String(pending));
});

test('only admins see the invitation form', async ({ page }) => {
  await signIn(page, 'manager@acme-plating.example');
  await page.goto('/team');
  await expect(page.getByTestId('members-table')).toContainText('Robin Chen');
  await expect(page.getByRole('form', { name: 'Invite a team member' })).toHaveCount(0);
});

test('an unknown invitation link explains itself', async ({ page }) => {
  await page.goto('/invite/not-a-real-invitation-token-000000');
  await expect(page).toHaveTitle('Accept invitation · Outfall');
  await expect(page.getByRole('alert')).toContainText('it may have expired or been used');
});

test('a user changes their password and signs in with the new one', async ({ page }) => {
  const email = 'operator@acme-plating.example';
  await signIn(page, email);
  await mainNavigation(page).getByRole('link', { name: 'Account' }).click();
  await expect(page).toHaveTitle('Account · Outfall');
  const form = page.getByRole('form', { name: 'Change password' });
  const current = form.getByRole('textbox', { name: 'Current password' });
  const next = form.getByRole('textbox', { name: 'New password', exact: true });
  const repeat = form.getByRole('textbox', { name: 'Repeat the new password' });

  // Checked in the browser with the shared contract: too short, and not repeated.
  await current.fill('outfall-demo');
  await next.fill('short');
  await repeat.fill('shorter');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form).toContainText('Use at least 10 characters');
  await expect(form).toContainText('The passwords do not match');

  // Checked by the server: the current password is wrong.
  await current.fill('not-my-password');
  await next.fill('a-new-long-password');
  await repeat.fill('a-new-long-password');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form).toContainText('The current password is wrong');

  await current.fill('outfall-demo');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Password changed');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, email, 'a-new-long-password');
  await expect(page.getByTestId('dashboard-organization')).toHaveText('Acme Plating');
});
