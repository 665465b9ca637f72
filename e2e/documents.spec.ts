import { readFileSync, statSync } from 'node:fs';
import type { DocumentSummaryView, DocumentView } from '@outfall/domain/contracts/index';
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import JSZip from 'jszip';
import { ACCOUNTS, apiGet, mainNavigation, pickOption, signIn } from './support';

/** A word no demo record contains, so a search for it finds this run's document only. */
function uniqueWord(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let word = 'zyxquartz';
  for (let i = 0; i < 8; i++) word += letters[Math.floor(Math.random() * letters.length)];
  return word;
}

/** A small valid PDF (one page, Helvetica text objects) with a correct cross-reference table. */
function pdfWithText(lines: readonly string[]): Buffer {
  const pdfString = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const text = lines.map((line, i) => `${i === 0 ? '' : '0 -18 Td '}(${pdfString(line)}) Tj`).join('\n');
  const content = `BT\n/F1 12 Tf\n72 720 Td\n${text}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

async function openDocuments(page: Page): Promise<void> {
  await mainNavigation(page).getByRole('link', { name: 'Documents', exact: true }).click();
  await expect(page).toHaveTitle('Documents · Outfall');
}

function uploadCard(page: Page, fileName: string): Locator {
  return page.getByRole('article', { name: fileName });
}

test('a facility manager files a lab report, finds it by its text, versions it, previews it and binds it; the authority sees only what is shared', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const word = uniqueWord();
  const stamp = Date.now();
  const labTitle = `Great Lakes lab report ${stamp}`;
  const labFile = `great-lakes-${stamp}.pdf`;
  const memoTitle = `Internal memo ${stamp}`;
  const memoFile = `internal-memo-${stamp}.txt`;

  const manager = await signedIn(browser, ACCOUNTS.facilityManager);
  await openDocuments(manager);

  // Two files chosen at once: each gets its own form, defaulting the title from the file name.
  await manager.getByLabel('Choose files').setInputFiles([
    {
      name: labFile,
      mimeType: 'application/pdf',
      buffer: pdfWithText([
        'Great Lakes Analytical - Certificate of analysis',
        `Sample reference ${word}`,
        'Copper, total: 0.41 mg/L',
      ]),
    },
    {
      name: memoFile,
      mimeType: 'text/plain',
      buffer: Buffer.from(`Internal memo, not for the authority. Reference ${word}.\n`, 'utf8'),
    },
  ]);
  const lab = uploadCard(manager, labFile);
  const memo = uploadCard(manager, memoFile);
  await expect(lab.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(`great-lakes-${stamp}`);
  await expect(memo.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
    `internal-memo-${stamp}`,
  );

  // The lab report: shared with the authority, linked to a sample from the results.
  await lab.getByRole('textbox', { name: 'Title', exact: true }).fill(labTitle);
  await pickOption(manager, lab.getByRole('combobox', { name: 'Kind' }), 'Lab', 'Lab report');
  await expect(lab.getByText('Also visible to Springfield Water Reclamation')).toBeVisible();
  await lab.getByRole('radio', { name: 'Shared' }).check();
  await lab.getByRole('combobox', { name: 'Tags', exact: true }).fill('copper');
  await lab.getByRole('combobox', { name: 'Tags', exact: true }).press('Enter');
  await pickOption(manager, lab.getByRole('combobox', { name: 'Link to' }), null, 'Sample');
  const sampleInput = lab.getByRole('combobox', { name: 'Sample', exact: true });
  await expect(sampleInput).toBeEnabled();
  await sampleInput.click();
  const sampleOption = manager.getByRole('option', { name: /^Sample \d{4}-\d{2}-\d{2} at / }).first();
  const sampleLabel = ((await sampleOption.textContent()) ?? '').replace(/ \(\d+ results?\)$/, '');
  await sampleOption.click();
  await expect(lab.getByTestId('link-drafts')).toContainText(sampleLabel);

  // The memo stays private.
  await memo.getByRole('textbox', { name: 'Title', exact: true }).fill(memoTitle);
  await pickOption(manager, memo.getByRole('combobox', { name: 'Kind' }), 'Corr', 'Correspondence');
  await expect(memo.getByRole('radio', { name: 'Private' })).toBeChecked();

  await manager.getByRole('button', { name: 'Upload all (2)' }).click();
  await expect(lab).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(memo).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(lab.getByTestId('upload-progress')).toBeVisible();

  // Full-text search of the library: the word is only in the PDF's text, shown highlighted.
  await manager.getByLabel('Search documents').fill(word);
  const labRow = manager.getByTestId('document-row').filter({ hasText: labTitle });
  await expect(labRow).toHaveCount(1);
  const excerpt = labRow.getByTestId('document-excerpt');
  await expect(excerpt.locator('mark').first()).toHaveText(new RegExp(word, 'i'));
  await expect(excerpt).toContainText('Certificate of analysis');
  // The markers are rendered as highlights, never shown (nor parsed as HTML).
  await expect(excerpt).not.toContainText(/[«»<>]/);
  await expect(manager.getByTestId('document-row').filter({ hasText: memoTitle })).toHaveCount(1);

  // The header's search box finds it too; Enter opens the highlighted hit.
  await manager.getByLabel('Search documents').fill('');
  const headerSearch = manager.getByRole('combobox', { name: 'Search', exact: true });
  await headerSearch.fill(word);
  const hit = manager.getByRole('option', { name: new RegExp(labTitle) });
  await expect(hit).toBeVisible();
  await headerSearch.press('ArrowDown');
  for (let i = 0; i < 5 && (await hit.getAttribute('data-combobox-selected')) === null; i++) {
    await headerSearch.press('ArrowDown');
  }
  await headerSearch.press('Enter');
  await expect(manager).toHaveURL(/\/documents\/[0-9a-f-]{36}$/);
  await expect(manager.getByRole('heading', { level: 1 })).toHaveText(labTitle);
  const documentId = manager.url().split('/').pop()!;

  await expect(manager.getByTestId('document-visibility')).toContainText(
    'Shared: also visible to Springfield Water Reclamation',
  );
  await expect(manager.getByTestId('document-links')).toContainText(sampleLabel);

  // A second version: both are listed, the newest first.
  await manager.getByLabel('File of the new version').setInputFiles({
    name: `great-lakes-${stamp}-revised.pdf`,
    mimeType: 'application/pdf',
    buffer: pdfWithText(['Great Lakes Analytical - revised certificate', `Sample reference ${word}`]),
  });
  await manager.getByLabel('Note').fill('Revised by the lab: copper re-run');
  await manager.getByRole('button', { name: 'Upload version' }).click();
  await expect(manager.getByRole('status').filter({ hasText: 'Version 2 uploaded.' })).toBeVisible();
  const versions = manager.getByTestId('version-row');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText(`great-lakes-${stamp}-revised.pdf`);
  await expect(versions.nth(0)).toContainText('Revised by the lab: copper re-run');
  await expect(versions.nth(1)).toContainText(labFile);
  const view = await apiGet<DocumentView>(manager.request, `/api/v1/documents/${documentId}`);
  expect(view.currentVersion).toBe(2);
  await expect(versions.nth(0).getByTestId('version-sha256')).toHaveAttribute(
    'title',
    view.versions.find((v) => v.version === 2)!.sha256,
  );

  // Preview: the PDF in place, served inline.
  const inline = manager.waitForResponse((r) => r.url().includes('/versions/2/file?disposition=inline'));
  await manager.getByRole('button', { name: /^Preview version 2/ }).click();
  const preview = manager.locator(`iframe[title^="Preview of ${labTitle}, version 2"]`);
  await expect(preview).toBeVisible();
  const response = await inline;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect(response.headers()['content-disposition']).toMatch(/^inline/);

  // The audit binder of this quarter holds both versions of the document.
  await openDocuments(manager);
  await manager.getByRole('button', { name: 'This quarter' }).click();
  const downloading = manager.waitForEvent('download');
  await manager.getByRole('link', { name: 'Download the audit binder' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const zipPath = await download.path();
  expect(statSync(zipPath).size).toBeGreaterThan(0);
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const names = Object.keys(zip.files);
  const current = names.find((n) => n.includes(labTitle) && n.endsWith(`great-lakes-${stamp}-revised.pdf`));
  expect(current, names.join('\n')).toBeDefined();
  expect(names.some((n) => n.includes(labTitle) && n.endsWith(`v1-${labFile}`))).toBe(true);
  const bytes = await zip.file(current!)!.async('nodebuffer');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The coordinator sees the facility's shared lab report, not its private memo.
  const coordinator = await signedIn(browser, ACCOUNTS.coordinator);
  await openDocuments(coordinator);
  await coordinator.getByLabel('Search documents').fill(word);
  const shared = coordinator.getByTestId('document-row').filter({ hasText: labTitle });
  await expect(shared).toHaveCount(1);
  await expect(shared).toContainText('Acme Plating');
  await expect(coordinator.getByTestId('document-row').filter({ hasText: memoTitle })).toHaveCount(0);
  const seen = await apiGet<DocumentSummaryView[]>(
    coordinator.request,
    `/api/v1/documents?q=${encodeURIComponent(word)}`,
  );
  expect(seen.map((d) => d.title)).toEqual([labTitle]);
  const memoId = (
    await apiGet<DocumentSummaryView[]>(manager.request, `/api/v1/documents?q=${encodeURIComponent(word)}`)
  ).find((d) => d.title === memoTitle)!.id;
  expect((await coordinator.request.get(`/api/v1/documents/${memoId}`)).status()).toBe(404);
  await shared.getByRole('link', { name: labTitle }).click();
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(labTitle);
  await expect(coordinator.getByTestId('version-row')).toHaveCount(2);
});
