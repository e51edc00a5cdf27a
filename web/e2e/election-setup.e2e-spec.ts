import type { Page } from 'playwright-core';

import { seriousAccessibilityProblems, specBrowser } from './browser';

const baseUrl = () => process.env.E2E_BASE_URL as string;
const admin = () => ({
  email: process.env.E2E_ADMIN_EMAIL as string,
  password: process.env.E2E_ADMIN_PASSWORD as string,
});

describe('an admin setting up an election in the browser', () => {
  const devices = specBrowser();
  let page: Page;

  beforeEach(async () => {
    page = await devices.newPage();
  });

  async function signIn(email: string, password: string) {
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Password').press('Enter');
  }

  async function signInAsAdmin() {
    await signIn(admin().email, admin().password);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  it('signs in as the demo admin, adds a region and a candidate, sees them listed, and signs out', async () => {
    await signInAsAdmin();
    await page.getByRole('link', { name: 'Elections' }).first().click();
    await page.getByRole('link', { name: 'Momentum NCG 2022 (demo)' }).click();
    await page.getByRole('heading', { name: 'Momentum NCG 2022 (demo)' }).waitFor();

    await page.getByRole('button', { name: 'Add region' }).click();
    await page.getByLabel('Code', { exact: true }).fill('XB');
    await page.getByLabel('Seats').fill('2');
    await page.getByLabel('Region name').fill('Cross-border test region');
    await page.getByRole('button', { name: 'Add region', exact: true }).last().click();
    await page.getByRole('cell', { name: 'Cross-border test region', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Edit postcode areas of XB' }).click();
    await page.getByRole('textbox', { name: 'Postcode areas' }).fill('ZE');
    await page.getByRole('textbox', { name: 'Postcode areas' }).press('Enter');
    await page.getByRole('button', { name: 'Save postcode areas' }).click();
    await page.getByRole('cell', { name: 'ZE', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Add candidate' }).first().click();
    await page.getByLabel('Candidate name').fill('Testy McCandidate');
    await page
      .getByRole('combobox', { name: 'Region' })
      .selectOption({ label: 'XB: Cross-border test region' });
    await page.getByRole('button', { name: 'Add candidate', exact: true }).last().click();
    await page.getByRole('cell', { name: 'Testy McCandidate', exact: true }).waitFor();

    await page.reload();
    await page.getByRole('cell', { name: 'Testy McCandidate', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Phonebank' }).waitFor();
    await page.goto(`${baseUrl()}/elections`);
    await page.getByRole('heading', { name: 'Sign in to Phonebank' }).waitFor();
  });

  it('tells a wrong password apart from nothing, without saying which part was wrong', async () => {
    await signIn(admin().email, 'not-the-password');
    await page.getByText('Email or password is wrong, or the account is disabled.').waitFor();
  });

  it('fits a 360-pixel phone screen and has no serious accessibility problems', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('Email').waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await signInAsAdmin();
    await page.goto(`${baseUrl()}/elections`);
    await page.getByRole('link', { name: 'Momentum NCG 2022 (demo)' }).click();
    await page.getByRole('heading', { name: 'Momentum NCG 2022 (demo)' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });
});
