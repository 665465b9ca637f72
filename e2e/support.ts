import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'outfall-demo';

export const ACCOUNTS = {
  authorityAdmin: 'admin@springfield.example',
  coordinator: 'coordinator@springfield.example',
  director: 'director@springfield.example',
  inspector: 'inspector@springfield.example',
  facilityManager: 'manager@acme-plating.example',
  facilityOperator: 'operator@acme-plating.example',
  consultant: 'consultant@envirotech.example',
} as const;

/** Signs in through the login page and waits for the dashboard. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await expect(page).toHaveTitle('Sign in · Outfall');
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('dashboard-organization')).toBeVisible();
}

/** The main navigation of the application shell. */
export function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

/** Reads an API resource with the page's own session cookie, to compare the UI with the truth. */
export async function apiGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

/** 'YYYY-MM-DD', `days` from today (local time, as the date inputs show it). */
export function isoDay(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Chooses an option of a Mantine Select: opens it, optionally types to filter, clicks the option. */
export async function pickOption(
  page: Page,
  input: Locator,
  search: string | null,
  option: string | RegExp,
): Promise<void> {
  await input.click();
  if (search !== null) await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}
