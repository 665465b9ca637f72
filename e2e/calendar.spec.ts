import type {
  CalendarFeedView,
  DeadlineView,
  NotificationPreferences,
} from '@outfall/domain/contracts/index';
import { expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, apiGet, mainNavigation, pickOption, signIn } from './support';

/** 'YYYY-MM-DD' `days` from today in UTC: the server's (and so the calendar's) day. */
function utcDay(days = 0): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function weekOf(day: string): { from: string; to: string } {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - date.getUTCDay());
  const from = date.toISOString().slice(0, 10);
  date.setUTCDate(date.getUTCDate() + 6);
  return { from, to: date.toISOString().slice(0, 10) };
}

function monthTitle(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

async function deadlines(page: Page, query: Record<string, string>): Promise<DeadlineView[]> {
  return apiGet<DeadlineView[]>(page.request, `/api/v1/deadlines?${new URLSearchParams(query)}`);
}

/** The calendar's results once loaded (not the previous view's, kept while the next one loads). */
function results(page: Page) {
  return page.locator('[data-testid="calendar-results"][aria-busy="false"]');
}

test('the calendar switches between month, week and list, and filters by kind', async ({ page }) => {
  await signIn(page, ACCOUNTS.facilityManager);
  await mainNavigation(page).getByRole('link', { name: 'Calendar' }).click();
  await expect(page).toHaveTitle('Calendar · Outfall');
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();

  // Month view by default: this month, today selected and its deadlines listed under the grid.
  const today = utcDay();
  const period = page.getByTestId('calendar-period');
  await expect(page.getByTestId('calendar-month')).toBeVisible();
  await expect(period).toHaveText(monthTitle(today));
  await expect(page.getByTestId('calendar-day')).toHaveCount(42);
  const todays = await deadlines(page, { from: today, to: today });
  await expect(results(page).getByTestId('deadline-row')).toHaveCount(todays.length);

  // The arrow keys move the selected day; the next / previous month buttons move the month.
  const selected = page.locator(`button[data-date="${today}"]`);
  await expect(selected).toHaveAttribute('aria-pressed', 'true');
  await selected.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`date=${utcDay(1)}`));
  await expect(page.locator(`button[data-date="${utcDay(1)}"]`)).toBeFocused();
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(period).not.toHaveText(monthTitle(today));
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await expect(period).toHaveText(monthTitle(today));

  // A day with deadlines shows each one's title, state in words and link.
  const soon = await deadlines(page, { from: today, to: utcDay(30) });
  expect(soon.length, 'the demo has deadlines in the next 30 days').toBeGreaterThan(0);
  const busy = soon[0]!.dueDate;
  await page.locator(`button[data-date="${busy}"]`).click();
  const dayRows = results(page).getByTestId('deadline-row');
  await expect(dayRows).toHaveCount(soon.filter((d) => d.dueDate === busy).length);
  await expect(dayRows.first().getByRole('link', { name: soon[0]!.title })).toHaveAttribute(
    'href',
    soon[0]!.link,
  );

  // Week view: the seven days of the selected day's week, every deadline of the week.
  const view = page.getByRole('radiogroup', { name: 'View' });
  await page.getByText('Week', { exact: true }).click();
  await expect(view.getByRole('radio', { name: 'Week' })).toBeChecked();
  await expect(page).toHaveURL(/view=week/);
  await expect(page.getByTestId('calendar-week-day')).toHaveCount(7);
  const week = await deadlines(page, weekOf(busy));
  await expect(results(page).getByTestId('deadline-row')).toHaveCount(week.length);

  // List view: overdue and the next 180 days, as the dashboard counts them.
  await page.getByText('List', { exact: true }).click();
  await expect(page).toHaveURL(/view=list/);
  const list = await deadlines(page, { from: utcDay(-92), to: utcDay(180) });
  await expect(results(page).getByTestId('deadline-row')).toHaveCount(list.length);
  await expect(page.getByTestId('calendar-list-summary')).toContainText(`${list.length} deadline`);

  // The kind filter: only sampling, in the address too.
  await pickOption(page, page.getByRole('combobox', { name: 'Kind' }), null, 'Sampling');
  await expect(page).toHaveURL(/kind=sampling/);
  const sampling = list.filter((d) => d.kind === 'sampling');
  expect(sampling.length).toBeGreaterThan(0);
  expect(sampling.length).toBeLessThan(list.length);
  const rows = results(page).getByTestId('deadline-row');
  await expect(rows).toHaveCount(sampling.length);
  await expect(rows.and(page.locator('[data-kind="sampling"]'))).toHaveCount(sampling.length);
  // Each row says its state in words, not by colour alone.
  await expect(rows.first().getByTestId('deadline-state')).toHaveText(/Overdue|Due soon|Upcoming/);

  // The range and the kind survive a reload (they live in the address) and the switch back to month.
  await page.getByRole('combobox', { name: 'Due' }).click();
  await page.getByRole('option', { name: 'The next 7 days' }).click();
  await expect(page).toHaveURL(/range=week/);
  const nextWeek = await deadlines(page, { kind: 'sampling', from: today, to: utcDay(7) });
  await page.reload();
  await expect(results(page).getByTestId('deadline-row')).toHaveCount(nextWeek.length);
  await page.getByText('Month', { exact: true }).click();
  await expect(page.getByTestId('calendar-month')).toBeVisible();
  await expect(page).toHaveURL(/kind=sampling/);
  await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('Sampling');
});

test('the calendar works at phone width', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, ACCOUNTS.facilityOperator);
  await page.goto('/calendar?view=week');
  await expect(page.getByTestId('calendar-week-day').first()).toBeInViewport();
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  expect(width).toBeLessThanOrEqual(390);
  await page.goto('/calendar');
  await expect(page.getByTestId('calendar-month')).toBeVisible();
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  await context.close();
});

test('the account page sets e-mail reminders and creates, rotates and turns off a calendar address', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.facilityOperator);
  await mainNavigation(page).getByRole('link', { name: 'Account' }).click();
  await expect(page).toHaveTitle('Account · Outfall');

  // E-mail notifications: a daily digest, two kinds, lead times checked before saving.
  const form = page.getByRole('form', { name: 'E-mail notifications' });
  await form.getByRole('radio', { name: 'One daily digest' }).check();
  const lead = form.getByRole('textbox', { name: 'Reminder lead times' });
  await lead.fill('30, 200');
  await form.getByRole('button', { name: 'Save e-mail preferences' }).click();
  await expect(lead).toHaveAccessibleDescription(/200 is outside 1–180 days/);
  await lead.fill('1, 2, 3, 4, 5, 6');
  await form.getByRole('button', { name: 'Save e-mail preferences' }).click();
  await expect(lead).toHaveAccessibleDescription(/At most 5 lead times/);
  for (const kind of ['Permit expiry', 'Permit renewal application', '24-hour violation notice'])
    await form.getByRole('checkbox', { name: kind }).uncheck();
  await lead.fill('3, 14');
  await form.getByRole('button', { name: 'Save e-mail preferences' }).click();
  await expect(form.getByRole('status')).toContainText('Preferences saved');
  await expect(lead).toHaveValue('14, 3');
  const saved = await apiGet<NotificationPreferences>(
    page.request,
    '/api/v1/account/notification-preferences',
  );
  expect(saved.emailMode).toBe('daily_digest');
  expect(saved.leadDays).toEqual([14, 3]);
  expect(saved.kinds).not.toContain('permit_expiry');
  expect(saved.kinds).toContain('sampling');

  // Calendar feed: start from none.
  const section = page.getByRole('region', { name: 'Calendar feed' });
  const status = section.getByTestId('calendar-feed-status');
  const turnOff = section.getByRole('button', { name: 'Turn off' });
  if (await turnOff.isVisible()) await turnOff.click();
  await expect(status).toHaveText('No calendar address is active.');

  // Created: shown once, with the warning; the address serves the iCalendar feed.
  await section.getByRole('button', { name: 'Create private calendar address' }).click();
  const address = section.getByRole('textbox', { name: 'Calendar address' });
  await expect(address).toHaveValue(/\/api\/v1\/calendar\/ocal_[A-Za-z0-9_-]+\.ics$/);
  await expect(section).toContainText('Anyone with this address can read your calendar');
  await expect(section.getByRole('button', { name: 'Copy' })).toBeVisible();
  await expect(status).toContainText('A private calendar address is active');
  const first = new URL(await address.inputValue()).pathname;
  const feed = await page.request.get(first);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  const view = await apiGet<CalendarFeedView>(page.request, '/api/v1/account/calendar-feed');
  expect(view).toMatchObject({ url: null, active: true });

  // A new address replaces it: the old one answers 404.
  await section.getByRole('button', { name: 'Create a new address' }).click();
  await expect(address).not.toHaveValue(new RegExp(first.replace(/[.]/g, '\\.')));
  const second = new URL(await address.inputValue()).pathname;
  expect(second).not.toBe(first);
  expect((await page.request.get(first)).status()).toBe(404);
  expect((await page.request.get(second)).status()).toBe(200);

  // Turned off: the address is gone from the page and answers 404.
  await section.getByRole('button', { name: 'Turn off' }).click();
  await expect(status).toHaveText('No calendar address is active.');
  await expect(address).toHaveCount(0);
  expect((await page.request.get(second)).status()).toBe(404);
  await expect(section.getByRole('button', { name: 'Create private calendar address' })).toBeVisible();
});
