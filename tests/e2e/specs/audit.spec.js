// The case audit end to end, as a manager does it: the practitioner's export
// opened on the manager's device, audited from start to finish (name, the
// indicators, the record read-only, grades, feedback, an agreed action, check
// and complete, the audit's history and print view), then found again with the
// records list's filters and in the summary, and exported as JSON and CSV with
// the audit in it. Every page and state is checked with axe.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, openHome, setLanguage } from './helpers.js';

// The practitioner's export: Amy, 8, seen once but never alone, likely harm
// with immediate actions but no referral, a finished session in her words.
const EXPORT = readFileSync(
  new URL('../../../crates/casevoice-core/tests/fixtures/export-v1.json', import.meta.url),
  'utf8',
);
const RECORD = JSON.parse(EXPORT).record_id;

async function openTheExport(page) {
  await openHome(page);
  await page.getByRole('link', { name: 'Open an exported record' }).click();
  await page.getByLabel('Upload the exported file').setInputFiles({
    name: 'casevoice-export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(EXPORT, 'utf8'),
  });
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Open the record' }).click();
  await expect(page).toHaveURL(new RegExp(`/records/${RECORD}$`));
}

async function heading(page, name) {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** 1 March next year, as the three boxes of a date. */
function nextYear() {
  const date = new Date();
  return { day: '1', month: '3', year: String(date.getFullYear() + 1) };
}

test('a manager audits an exported record from start to export', async ({ page }) => {
  // Many pages, each checked with axe.
  test.setTimeout(120_000);
  await openTheExport(page);
  // The task list leads to the audit, which has not started.
  await expect(page.locator('#task-audit-status')).toHaveText('Not audited');
  await openHome(page);
  await expect(page.getByRole('cell', { name: 'Not audited' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Start, with the auditor's name: required.
  await page.getByRole('link', { name: 'Audit ZW19P01392' }).click();
  await expect(page).toHaveURL(new RegExp(`/records/${RECORD}/audit$`));
  await heading(page, 'Case audit');
  await expectNoAxeViolations(page);
  await page.getByLabel('Your name').fill('');
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: 'Enter your name' })).toBeVisible();
  await expect(page).toHaveTitle('Error: Case audit – casevoice');
  await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.getByLabel('Your name').fill('Jo Manager');
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Audit tasks' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Jo Manager' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The indicators, from the record as it is.
  await page.getByRole('link', { name: 'Indicators' }).click();
  await heading(page, 'Indicators');
  const alone = page.getByRole('region', { name: 'Each child was seen alone' });
  await expect(alone.getByRole('term')).toHaveText('Amz Nowak-Brown');
  await expect(alone.getByRole('definition').first()).toHaveText('Not seen alone');
  const harm = page.getByRole('region', { name: 'Likely or actual harm has an action and a referral' });
  await expect(harm.getByText('No referral to the local authority recorded')).toBeVisible();
  const voice = page.getByRole('region', { name: 'Each child gave their views in their own words' });
  await expect(voice.getByText('7 things in their own words')).toBeVisible();
  await expectNoAxeViolations(page);

  // The record, read-only.
  await page.getByRole('link', { name: 'Read the record' }).click();
  await heading(page, 'The record');
  await expect(page.getByText('Shouting at home')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Change/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Back', exact: true }).click();

  // Grades: every one is needed.
  await page.getByRole('link', { name: 'Grades' }).click();
  await heading(page, 'Grades');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  const problems = page.locator('.error-summary__list a');
  await expect(problems).toHaveCount(6);
  await expect(problems.first()).toHaveText("Select a grade for the child's voice");
  await expectNoAxeViolations(page);
  const grades = [
    ["The child's voice", 'Outstanding'],
    ['Risk and safety', 'Requires improvement'],
    ['Analysis', 'Good'],
    ['Quality of recording', 'Good'],
    ['Management oversight', 'Good'],
    ['Overall grade', 'Good'],
  ];
  for (const [area, grade] of grades) {
    await page.getByRole('group', { name: area }).getByLabel(grade, { exact: true }).check();
  }
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Audit tasks' })).toBeVisible();
  await expect(page.locator('#audit-task-grades-status')).toHaveText('Completed');

  // Feedback.
  await page.getByRole('link', { name: 'Feedback for the practitioner' }).click();
  await heading(page, 'Feedback for the practitioner');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: 'Enter feedback for the practitioner' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Feedback for the practitioner').fill("Amy's words are kept exactly.\nSee her alone next time.");
  await page.getByRole('button', { name: 'Save and continue' }).click();
  // Actions are not required: with grades and feedback done, saving leads to the check.
  await heading(page, 'Check the audit');
  await page.getByRole('link', { name: 'Back', exact: true }).click();

  // An agreed action with a due date.
  await page.getByRole('link', { name: 'Agreed actions' }).click();
  await heading(page, 'Agreed actions');
  await expect(page.getByText('No actions yet.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add an action' }).click();
  await heading(page, 'Agreed action');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(problems).toHaveText(['Enter what is to be done', 'Enter the date the action is due']);
  await expectNoAxeViolations(page);
  await page.getByLabel('What is to be done').fill('See Amy alone before the hearing');
  const due = nextYear();
  const dueDate = page.getByRole('group', { name: 'Due date' });
  await dueDate.getByLabel('Day').fill(due.day);
  await dueDate.getByLabel('Month').fill(due.month);
  await dueDate.getByLabel('Year').fill(due.year);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await heading(page, 'Agreed actions');
  await expect(page.getByRole('term')).toHaveText('See Amy alone before the hearing');
  await expect(page.getByRole('definition').first()).toHaveText(`Due 1 March ${due.year}`);
  await expectNoAxeViolations(page);

  // Everything is answered: continuing leads to the check, and completing it.
  await page.getByRole('link', { name: 'Continue' }).click();
  await heading(page, 'Check the audit');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Complete the audit' }).click();
  await expect(page.getByText('This audit is complete.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Complete the audit' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Its own history, under the auditor's name; the record's history is untouched.
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await page.getByRole('link', { name: "See the audit's edit history" }).click();
  await heading(page, 'Audit history');
  await expect(page.getByText('Completed the audit')).toBeVisible();
  await expect(page.getByText('Started the audit')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^Jo Manager$/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/records/${RECORD}/history`);
  await expect(page.getByText('Completed the audit')).toHaveCount(0);

  // The audit's print view.
  await page.goto(`/records/${RECORD}/audit/print`);
  await heading(page, 'Case audit');
  await expect(page.getByRole('heading', { level: 2, name: 'Indicators from the record' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The records list: the grade, and the filters, kept in the address.
  await openHome(page);
  await expect(page.getByRole('cell', { name: 'Good', exact: true })).toBeVisible();
  await page.getByLabel('Overall audit grade').selectOption('Inadequate');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No records match these filters.')).toBeVisible();
  await expect(page.getByText('Showing 0 of 1 record')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Overall audit grade').selectOption('Good');
  await page.getByLabel('Indicator not met').selectOption('A child not seen alone');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('link', { name: 'ZW19P01392', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/\?grade=good&not-met=child-seen-alone$/);
  await page.reload();
  await expect(page.getByText('Showing 1 of 1 record')).toBeVisible();
  await expect(page.getByLabel('Indicator not met')).toHaveValue('child-seen-alone');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/$/);

  // The summary across the records: a table of grades, a chart and its table.
  await page.getByRole('link', { name: 'See the audit summary' }).click();
  await heading(page, 'Audit summary');
  const grade = page.getByRole('table', { name: 'Completed audits by grade' });
  await expect(grade.getByRole('row', { name: /Overall grade/ }).getByRole('cell')).toHaveText(['0', '1', '0', '0']);
  await expect(page.getByRole('figure')).toBeVisible();
  const numbers = page.getByRole('table', { name: 'Indicators across the records' });
  await expect(numbers.getByRole('row', { name: /Each child was seen alone/ }).getByRole('cell')).toHaveText(['0', '1', '0', '0']);
  await expectNoAxeViolations(page);

  // In the JSON export, with the record's content unchanged but for the audit.
  await page.goto(`/records/${RECORD}`);
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the record (JSON)' }).click(),
  ]);
  const exported = JSON.parse(await readFile(await json.path(), 'utf8'));
  const audit = exported.record.audit;
  expect(audit.auditor).toBe('Jo Manager');
  expect(audit.grades).toEqual({
    childs_voice: 'outstanding',
    risk_and_safety: 'requires_improvement',
    analysis: 'good',
    recording_quality: 'good',
    management_oversight: 'good',
    overall: 'good',
  });
  expect(audit.actions[0].text).toBe('See Amy alone before the hearing');
  expect(audit.completed_at).toMatch(/Z$/);
  // The record's own history: the practitioner's, and the import; nothing of the audit.
  const history = exported.record.history;
  expect(history.slice(0, -1)).toEqual(JSON.parse(EXPORT).record.history);
  expect(Object.keys(history.at(-1).what)).toEqual(['imported']);

  // And in the CSV files.
  await page.getByRole('link', { name: 'Download spreadsheets (CSV)' }).click();
  await expect(page.getByRole('region', { name: 'The audit', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the audit (CSV)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(new RegExp(`^casevoice-${RECORD}-\\d{4}-\\d{2}-\\d{2}-audit\\.csv$`));
  const rows = (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(rows[1]).toContain(',Jo Manager,');
  expect(rows[1]).toContain(',outstanding,requires_improvement,good,good,good,good,');
});

test('the audit reads in Welsh, and its pages fit 320 pixels', async ({ page }) => {
  await openTheExport(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/records/${RECORD}/audit`);
  await page.getByLabel('Your name').fill('Jo Manager');
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await setLanguage(page, 'cy');
  await heading(page, 'Archwiliad achos');
  await expectNoAxeViolations(page);
  for (const path of ['indicators', 'grades', 'actions', 'check']) {
    await page.goto(`/records/${RECORD}/audit/${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  }
  await page.goto('/audit-summary');
  await heading(page, 'Crynodeb o\'r archwiliadau');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
