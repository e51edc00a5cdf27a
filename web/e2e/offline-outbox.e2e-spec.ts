import { seriousAccessibilityProblems, specBrowser } from './browser';
import { baseUrl, COORDINATOR, createListForVal, heldMember, signIn, VOLUNTEER } from './calling';

// Unique per run, so a rerun against the same data never meets an older list.
const LIST_NAME = `E2E offline ${Date.now()}`;

describe('a volunteer who loses the network while calling', () => {
  const { newContext } = specBrowser();

  it('keeps calls on the phone through outages and a reload, sends each once when back online, and claims the next', async () => {
    const coordinator = await (await newContext()).newPage();
    await signIn(coordinator, COORDINATOR);
    const valsRow = await createListForVal(coordinator, LIST_NAME);
    const callsInAll = valsRow.locator('td[data-label="Calls in all"]');

    const phone = await newContext();
    const volunteer = await phone.newPage();
    await signIn(volunteer, VOLUNTEER);
    await volunteer.goto(`${baseUrl()}/calling`);
    await volunteer.getByRole('link', { name: `Start calling from ${LIST_NAME}` }).click();
    await volunteer.getByRole('heading', { name: LIST_NAME, level: 1 }).waitFor();
    await volunteer.getByRole('button', { name: 'Get next member' }).click();
    const first = await heldMember(volunteer);
    // The page works offline once the service worker has kept the app shell.
    await volunteer.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await phone.setOffline(true);
    await volunteer.getByRole('button', { name: 'No answer' }).click();
    const saved = volunteer.getByText(
      'Offline: 1 call saved on this phone, it will be sent when you are back online.',
    );
    await saved.waitFor();
    await volunteer.getByText('The next member comes when you are back online.').waitFor();
    await volunteer.getByText('1 unsent', { exact: true }).waitFor();
    expect(await volunteer.locator('a[href^="tel:"]').count()).toBe(0);

    await volunteer.reload();
    await volunteer.getByText('1 unsent', { exact: true }).waitFor();
    await saved.waitFor();
    expect(await seriousAccessibilityProblems(volunteer)).toEqual([]);
    // Asking for the next member offline is remembered, and answered once back online.
    await volunteer.getByRole('button', { name: 'Get next member' }).click();
    expect(await callsInAll.textContent()).toBe('0');

    await phone.setOffline(false);
    const second = await heldMember(volunteer, first);
    expect(second).toMatch(/^Call .+ on \+/);
    await volunteer.getByText('1 unsent', { exact: true }).waitFor({ state: 'detached' });
    await callsInAll.filter({ hasText: /^1$/ }).waitFor({ timeout: 15_000 });

    // The server records the next call but its answer is lost: the outbox sends it again with
    // the same key, and the server answers with the first record instead of a second call.
    let lost = 0;
    await volunteer.route('**/graphql', async (route) => {
      if (lost === 0 && route.request().postData()?.includes('RecordCallOutcome')) {
        lost += 1;
        await route.fetch();
        await route.abort('internetdisconnected');
        return;
      }
      await route.continue();
    });
    await volunteer.getByRole('button', { name: 'Busy' }).click();
    const third = await heldMember(volunteer, second);
    expect(third).not.toBe(first);
    expect(lost).toBe(1);
    await coordinator.reload();
    await callsInAll.filter({ hasText: /^2$/ }).waitFor({ timeout: 15_000 });
    await volunteer.unroute('**/graphql');

    // Two more calls, each made during an outage of its own: three outcomes recorded
    // offline in all, and each arrives once.
    let previous = third;
    for (const [outcome, calls] of [
      ['No answer', 3],
      ['Busy', 4],
    ] as const) {
      // The coordinator's count moves as soon as the server has a call, but the phone may not
      // have its answer yet (the call whose answer was lost above is sent again after a
      // pause): going offline before the phone's outbox is empty would keep that call too.
      await volunteer.getByText(/^\d+ unsent$/).waitFor({ state: 'detached', timeout: 15_000 });
      await phone.setOffline(true);
      await volunteer.getByRole('button', { name: outcome }).click();
      await saved.waitFor();
      await phone.setOffline(false);
      previous = await heldMember(volunteer, previous);
      await callsInAll.filter({ hasText: new RegExp(`^${calls}$`) }).waitFor({ timeout: 15_000 });
    }
    // Later, after a reload, it still counts four calls: no replay added one.
    await coordinator.waitForTimeout(3_000);
    await coordinator.reload();
    await callsInAll.filter({ hasText: /^4$/ }).waitFor();
  });
});
