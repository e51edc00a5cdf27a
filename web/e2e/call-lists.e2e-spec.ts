import { seriousAccessibilityProblems, specBrowser } from './browser';
import { COORDINATOR, heldMember, signIn, VOLUNTEER } from './calling';

// Unique per run, so a rerun against the same data never meets an older list.
const LIST_NAME = `E2E evening ${Date.now()}`;

describe('a coordinator making a call list and a volunteer calling from it', () => {
  const { newPage } = specBrowser();

  it('creates a list for LE, adds the volunteer, who gets a member, records no answer and gets the next', async () => {
    const coordinator = await newPage();
    await signIn(coordinator, COORDINATOR);
    await coordinator.getByRole('link', { name: 'Call lists', exact: true }).first().click();
    await coordinator.getByRole('heading', { name: 'Call lists', level: 1 }).waitFor();
    await coordinator.getByRole('status', { name: /Loading/ }).waitFor({ state: 'detached' });
    expect(await seriousAccessibilityProblems(coordinator)).toEqual([]);

    await coordinator.getByRole('link', { name: 'New call list' }).first().click();
    await coordinator.getByRole('heading', { name: 'New call list', level: 1 }).waitFor();
    await coordinator.getByRole('textbox', { name: 'Name' }).fill(LIST_NAME);
    const region = coordinator.getByRole('combobox', { name: 'Region' });
    await region.locator('option', { hasText: /^LE: / }).waitFor({ state: 'attached' });
    const le = await region.locator('option', { hasText: /^LE: / }).getAttribute('value');
    await region.selectOption(le ?? '');
    // Open all day, so the test passes at any hour.
    await coordinator.getByLabel('Calls from').fill('00:00');
    await coordinator.getByLabel('Calls until').fill('23:59');
    const count = coordinator.getByText(/^[\d,]+ members? match/);
    await count.waitFor();
    const matching = Number((await count.textContent())?.replace(/\D/g, ''));
    expect(matching).toBeGreaterThan(1);
    expect(await seriousAccessibilityProblems(coordinator)).toEqual([]);

    await coordinator.getByRole('button', { name: 'Create call list' }).click();
    await coordinator.getByRole('heading', { name: LIST_NAME, level: 1 }).waitFor();
    await coordinator.getByText(`of ${matching.toLocaleString('en-GB')} finished`).waitFor();
    await coordinator.getByRole('button', { name: 'Add volunteers' }).click();
    await coordinator.getByRole('checkbox', { name: /Val Volunteer/ }).check();
    await coordinator.getByRole('button', { name: 'Add 1 volunteer' }).click();
    const valsRow = coordinator.locator('tr', {
      has: coordinator.getByRole('cell', { name: 'Val Volunteer', exact: true }),
    });
    await valsRow.waitFor();
    expect(await seriousAccessibilityProblems(coordinator)).toEqual([]);

    const volunteer = await newPage();
    await signIn(volunteer, VOLUNTEER);
    await volunteer.getByRole('link', { name: 'Calling', exact: true }).first().click();
    await volunteer.getByRole('heading', { name: 'Calling', level: 1 }).waitFor();
    await volunteer.getByRole('link', { name: `Start calling from ${LIST_NAME}` }).click();
    await volunteer.getByRole('heading', { name: LIST_NAME, level: 1 }).waitFor();
    await volunteer.getByRole('button', { name: 'Get next member' }).click();
    const first = await heldMember(volunteer);
    expect(await seriousAccessibilityProblems(volunteer)).toEqual([]);

    await volunteer.getByRole('button', { name: 'No answer' }).click();
    await volunteer.getByText(/This session: 1 call, 0 conversations, 0 pledges/).waitFor();
    const second = await heldMember(volunteer, first);
    expect(second).toMatch(/^Call .+ on \+/);

    // The coordinator's page follows the list live: the volunteer's call shows without a reload.
    await valsRow
      .locator('td[data-label="Calls today"]', { hasText: /^1$/ })
      .waitFor({ timeout: 15_000 });

    // On a 360-pixel phone the call screen fits without scrolling sideways.
    await volunteer.setViewportSize({ width: 360, height: 740 });
    await volunteer.reload();
    expect(await heldMember(volunteer)).toBe(second);
    const overflow = await volunteer.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityProblems(volunteer)).toEqual([]);
  });
});
