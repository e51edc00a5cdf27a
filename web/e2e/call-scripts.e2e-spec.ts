import type { Browser, Page } from 'playwright-core';

import { launchBrowser, seriousAccessibilityProblems } from './browser';
import { COORDINATOR, signIn } from './calling';

describe('a coordinator editing their region’s call script', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
  });
  afterAll(() => browser.close());

  it('edits the words, follows the branches in the preview, and saves a new version', async () => {
    await signIn(page, COORDINATOR);
    await page.getByRole('link', { name: 'Scripts', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Call scripts', level: 1 }).waitFor();
    const preview = page.getByRole('list', { name: 'Script preview' });
    await preview.waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    const intro = page.getByRole('textbox', { name: 'Words to read' }).first();
    await intro.fill('Hello {{member.firstName}}, calling about {{region.name}}.');
    await preview.getByText('Hello Alex, calling about').waitFor();

    const ranking = preview.getByRole('group', { name: /ranking them/ });
    await ranking.waitFor();
    await preview.getByRole('button', { name: 'Against' }).click();
    await ranking.waitFor({ state: 'detached' });
    await preview.getByRole('button', { name: 'Pledged' }).click();
    await ranking.waitFor();

    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByText(/^Saved as version \d+\.$/).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });
});
