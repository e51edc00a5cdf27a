import { readFile } from 'node:fs/promises';

import type { Page } from 'playwright-core';

import { seriousAccessibilityProblems, specBrowser } from './browser';

const baseUrl = () => process.env.E2E_BASE_URL as string;
const COORDINATOR = { email: 'coordinator@phonebank.example', password: 'phonebank-coordinator' };

// Three good rows (Ofcom's drama numbers, region LE which the demo coordinator covers) and two
// bad ones: a phone that is not a number, and a row with no membership number.
const MEMBER_FILE = [
  'Membership No,Forename,Surname,Mobile,Email,Post Code,Region',
  'E2E-0001,Ada,Lovelace,020 7946 0001,ada@example.org,E1 6AN,LE',
  'E2E-0002,"Grace, Rear Admiral",Hopper,020 7946 0002,,E2 7AB,LE',
  'E2E-0003,Alan,Turing,020 7946 0003,,N1 9GU,LE',
  'E2E-BAD1,Bad,Phone,12345,,E1 6AN,LE',
  ',No,Number,020 7946 0005,,E1 6AN,LE',
  '',
].join('\r\n');

describe('a coordinator importing a member list in the browser', () => {
  const devices = specBrowser();
  let page: Page;

  beforeEach(async () => {
    page = await devices.newPage({ acceptDownloads: true });
  });

  async function signInAsCoordinator() {
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('Email').fill(COORDINATOR.email);
    await page.getByLabel('Password').fill(COORDINATOR.password);
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  it('uploads a file, watches it finish, sees the counts and errors, and downloads the error report', async () => {
    await signInAsCoordinator();
    await page.getByRole('link', { name: 'Members', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Import members' }).first().click();
    await page.getByRole('heading', { name: 'Import members', level: 1 }).waitFor();

    await page.getByLabel('Member list (CSV)').setInputFiles({
      name: 'e2e-members.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(MEMBER_FILE, 'utf8'),
    });
    await page.getByRole('heading', { name: 'Check the columns' }).waitFor();
    expect(
      await page.getByRole('combobox', { name: 'Membership number (required)' }).inputValue(),
    ).toBe('Membership No');
    expect(await page.getByRole('combobox', { name: 'Phone' }).inputValue()).toBe('Mobile');
    await page.getByRole('cell', { name: 'Grace, Rear Admiral' }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'Import e2e-members.csv' }).click();
    await page.getByRole('progressbar', { name: /Import complete/ }).waitFor({ timeout: 30_000 });
    expect(
      await page
        .getByRole('progressbar', { name: /Import complete/ })
        .getAttribute('aria-valuenow'),
    ).toBe('100');
    await page.getByText('Import finished').waitFor();

    const counts = page.getByRole('definition');
    const stat = async (term: string) =>
      (await page.locator('.pb-stats div', { hasText: term }).locator('dd').textContent())?.trim();
    expect(await counts.count()).toBeGreaterThan(0);
    expect(await stat('Rows read')).toBe('5');
    expect(await stat('Added')).toBe('3');
    expect(await stat('Rejected')).toBe('2');
    await page.getByRole('cell', { name: '5', exact: true }).waitFor();
    await page.getByRole('cell', { name: '6', exact: true }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download all rejected rows (CSV)' }).click(),
    ]);
    const report = await readFile(await download.path(), 'utf8');
    const lines = report.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(report).toContain('E2E-BAD1');
    expect(report).toContain('12345');
    expect(report).toContain('020 7946 0005');
    expect(report).not.toContain('E2E-0001');

    // The imported members are there to find, and their page says views are recorded.
    await page.getByRole('link', { name: 'See the members' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('E2E-0002');
    await page.getByRole('link', { name: 'Grace, Rear Admiral Hopper' }).click();
    await page.getByText('Viewing contact details is recorded in the audit log.').waitFor();
    await page.getByRole('link', { name: '+442079460002' }).waitFor();
  });

  it('fits a 360-pixel phone screen on the members and import pages', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signInAsCoordinator();
    const loaded = {
      // The demo data has members: wait for the list, not the spinner.
      '/members': () => page.locator('.pb-pagination__summary').first(),
      '/members/import': () => page.getByRole('heading', { name: 'Recent imports' }),
    };
    for (const [path, ready] of Object.entries(loaded)) {
      await page.goto(`${baseUrl()}${path}`);
      await ready().waitFor();
      await page.getByRole('status', { name: /Loading/ }).waitFor({ state: 'detached' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
    }
  });

  it('tells a volunteer the members page is not for their role', async () => {
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('Email').fill('volunteer@phonebank.example');
    await page.getByLabel('Password').fill('phonebank-volunteer');
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.getByRole('link', { name: 'Members', exact: true }).count()).toBe(0);
    await page.goto(`${baseUrl()}/members`);
    await page.getByText('This page is not for your role.').waitFor();
  });
});
