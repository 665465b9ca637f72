import { type APIRequestContext, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'outfall-demo';

export const ACCOUNTS = {
  authorityAdmin: 'admin@springfield.example',
  coordinator: 'coordinator@springfield.example',
  facilityManager: 'manager@acme-plating.example',
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
