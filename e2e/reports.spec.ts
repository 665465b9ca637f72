import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ReportView } from '@outfall/domain/contracts/index';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, apiGet, mainNavigation, signIn } from './support';

const COPPER = 'Copper, total (as Cu)';
/** A June day the demo has no sample on, so the exceedance below is this spec's own. */
const JUNE_DAY = '2026-06-16';
const PERIOD = 'Jan–Jun 2026';
/** The second test's report: another period of the same obligation, so the tests do not meet. */
const RETURNED_PERIOD = 'Jul–Dec 2025';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Opens Acme Plating's periodic compliance report of a period from the Reports list. */
async function openPeriodicReport(page: Page, period: string, list: 'own' | 'review'): Promise<void> {
  await mainNavigation(page).getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page).toHaveTitle('Reports · Outfall');
  if (list === 'review') {
    await expect(page.getByRole('tab', { name: 'Review queue' })).toHaveAttribute('aria-selected', 'true');
  }
  const row = page
    .getByTestId('report-row')
    .filter({ hasText: 'Periodic compliance report' })
    .filter({ hasText: period });
  await expect(row).toHaveCount(1);
  if (list === 'review') await expect(row).toContainText('Acme Plating');
  await row.getByRole('link', { name: /Periodic compliance report/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(period);
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
  await openPeriodicReport(manager, PERIOD, 'own');
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
  await openPeriodicReport(coordinator, PERIOD, 'review');
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
  const fileInput = manager.getByLabel(/^Copy of record file/);
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

/** A minimal PDF, recognised as one by its bytes. */
function pdf(text: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Title (${text}) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
}
/** The start of a Windows executable ("MZ"), to be named like a PDF. */
const EXECUTABLE = Buffer.from([
  0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff,
]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test('a report carries attachments, and a returned report is amended while its signed revision stays on record', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const manager = await signedIn(browser, ACCOUNTS.facilityManager);
  const coordinator = await signedIn(browser, ACCOUNTS.coordinator);

  // The manager prepares the Jul–Dec 2025 report (no sample on record: every parameter is NODI E).
  await openPeriodicReport(manager, RETURNED_PERIOD, 'own');
  await manager.getByRole('button', { name: 'Prepare from the record' }).click();
  await expect(manager.getByTestId('report-status-text')).toHaveText('In preparation');
  const attachments = manager.getByRole('region', { name: /^Attachments/ });
  await expect(attachments).toContainText('No file is attached.');

  // A small PDF is attached and listed with its type, size and SHA-256, and downloads unchanged.
  const plan = pdf('Sampling plan');
  const fileInput = attachments.getByLabel('Attach files');
  await fileInput.setInputFiles({ name: 'sampling-plan.pdf', mimeType: 'application/pdf', buffer: plan });
  const planRow = attachments.getByTestId('attachment-row').filter({ hasText: 'sampling-plan.pdf' });
  await expect(planRow).toContainText('PDF');
  await expect(planRow).toContainText(`${plan.length} B`);
  const digest = attachments.getByTestId('attachment-sha256');
  await expect(digest).toHaveText(`${sha256(plan).slice(0, 12)}…`);
  await expect(digest).toHaveAttribute('title', sha256(plan));
  const downloading = manager.waitForEvent('download');
  await planRow.getByRole('link', { name: 'Download sampling-plan.pdf' }).click();
  expect(readFileSync(await (await downloading).path())).toEqual(plan);

  // Two files at once, sent one after the other: the PDF is attached, the renamed executable refused.
  const certificate = pdf('Lab certificate');
  await fileInput.setInputFiles([
    { name: 'lab-certificate.pdf', mimeType: 'application/pdf', buffer: certificate },
    { name: 'invoice.pdf', mimeType: 'application/pdf', buffer: EXECUTABLE },
  ]);
  const refused = attachments.getByTestId('attachment-error');
  await expect(refused).toContainText('invoice.pdf was not attached');
  await expect(refused).toContainText('The file “invoice.pdf” is application/x-msdownload');
  await expect(attachments.getByTestId('attachment-row')).toHaveCount(2);
  await expect(attachments.getByTestId('attachment-uploads')).toBeEmpty();

  // The certificate was the wrong file: removed from the draft.
  await attachments.getByRole('button', { name: 'Remove lab-certificate.pdf' }).click();
  await expect(attachments.getByTestId('attachment-row')).toHaveCount(1);
  await expect(attachments.getByTestId('attachment-row')).toContainText('sampling-plan.pdf');

  // Each NODI needs its comment before the report is ready; then the manager signs it.
  const comments = manager.getByLabel(/^Comment on /);
  const count = await comments.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await comments.nth(i).fill('Not sampled: the plating line was shut down for its rebuild all period.');
  }
  await manager.getByRole('button', { name: 'Mark ready for signature' }).click();
  await expect(manager.getByTestId('report-status-text')).toHaveText('Ready for signature');
  await expect(attachments.getByTestId('attachment-row')).toHaveCount(1);
  await manager.getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = manager.getByRole('dialog', { name: /Sign and submit/ });
  await dialog.getByRole('checkbox', { name: /I have read the certification statement/ }).check();
  await dialog.getByLabel('Your password').fill('outfall-demo');
  await dialog.getByRole('button', { name: 'Sign and submit' }).click();
  await expect(dialog).toBeHidden();
  await expect(manager.getByTestId('report-status-text')).toHaveText('Submitted');
  // Signed: the list is read-only.
  await expect(attachments).toContainText('As signed in revision 1');
  await expect(attachments.getByTestId('attachment-row')).toHaveCount(1);
  await expect(attachments.getByLabel('Attach files')).toHaveCount(0);
  await expect(attachments.getByRole('button', { name: /^Remove/ })).toHaveCount(0);

  // The coordinator sees the attachment and returns the report with a comment.
  const returnComment =
    'Attach the shutdown notice you sent us in July, and explain why no sample was taken.';
  await openPeriodicReport(coordinator, RETURNED_PERIOD, 'review');
  await expect(
    coordinator.getByRole('region', { name: /^Attachments/ }).getByTestId('attachment-row'),
  ).toContainText('sampling-plan.pdf');
  await coordinator.getByRole('button', { name: 'Return with comment' }).click();
  const review = coordinator.getByRole('dialog', { name: /^Return with comment/ });
  await review.getByLabel('Comment to the facility').fill(returnComment);
  await review.getByRole('button', { name: 'Return with comment' }).click();
  await expect(review).toBeHidden();
  await expect(coordinator.getByTestId('report-status-text')).toHaveText('Returned');

  // The manager sees it returned with the comment, and amends it.
  await manager.reload();
  await expect(manager.getByTestId('report-status-text')).toHaveText('Returned');
  const returned = manager.getByRole('alert').filter({ hasText: /^Returned by/ });
  await expect(returned).toContainText(returnComment);
  await expect(manager.getByTestId('review-row').first()).toContainText('Returned');
  await expect(manager.getByTestId('review-row').first()).toContainText(returnComment);
  const reason = 'Shutdown notice attached and the NODI comments corrected, as the authority asked.';
  await manager.getByRole('button', { name: 'Amend', exact: true }).click();
  const amend = manager.getByRole('dialog', { name: /^Amend/ });
  await amend.getByLabel('Reason for the amendment').fill(reason);
  await amend.getByRole('button', { name: 'Amend', exact: true }).click();
  await expect(amend).toBeHidden();

  // Revision 2 is a draft copied from revision 1, which stays signed with its copy of record.
  await expect(manager.getByText(/· revision 2/)).toBeVisible();
  await expect(manager.getByTestId('report-status-text')).toHaveText('In preparation');
  const revisions = manager.getByTestId('revision-row');
  await expect(revisions).toHaveCount(2);
  await expect(revisions.nth(0).getByRole('rowheader')).toHaveText('2');
  await expect(revisions.nth(0)).toContainText('Draft');
  await expect(revisions.nth(0)).toContainText(reason);
  await expect(revisions.nth(1).getByRole('rowheader')).toHaveText('1');
  await expect(revisions.nth(1)).toContainText('Signed');
  const copying = manager.waitForEvent('download');
  await manager.getByRole('link', { name: 'Copy of record of revision 1 (PDF)' }).click();
  const copy = readFileSync(await (await copying).path());
  expect(copy.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The draft keeps revision 1's attachment, and takes a new one beside it.
  await expect(attachments.getByTestId('attachment-row')).toHaveCount(1);
  const notice = pdf('Shutdown notice');
  await attachments
    .getByLabel('Attach files')
    .setInputFiles({ name: 'shutdown-notice.pdf', mimeType: 'application/pdf', buffer: notice });
  await expect(attachments.getByTestId('attachment-row')).toHaveCount(2);
  await expect(attachments.getByTestId('attachment-row').nth(1)).toContainText('shutdown-notice.pdf');
  const reportId = manager.url().split('/').pop()!;
  const view = await apiGet<ReportView>(manager.request, `/api/v1/reports/${reportId}`);
  expect(view.currentRevision).toBe(2);
  expect(view.content?.attachments.map((a) => a.name)).toEqual(['sampling-plan.pdf', 'shutdown-notice.pdf']);
  expect(view.revisions.map((r) => [r.revision, r.status, r.copyOfRecordId !== null])).toEqual([
    [1, 'signed', true],
    [2, 'draft', false],
  ]);

  await manager.context().close();
  await coordinator.context().close();
});
