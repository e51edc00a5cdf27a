import type { BrowserContextOptions, Page } from 'playwright-core';

import { seriousAccessibilityProblems, specBrowser } from './browser';
import { apiSession, COORDINATOR, createListForVal, signIn, VOLUNTEER } from './calling';

const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
};

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** A number as the dashboards write it ("1,204"). */
const shown = (n: number) => n.toLocaleString('en-GB');

describe('a coordinator watching the dashboards while a volunteer records a pledge', () => {
  const { newPage } = specBrowser();

  it('sees the region page’s charts move, on a phone, without reloading', async () => {
    // A list of LE for Val, made from a laptop.
    const desk = await newPage();
    await signIn(desk, COORDINATOR);
    await createListForVal(desk, `E2E dashboard ${Date.now()}`);
    const callListId = /\/call-lists\/([^/?#]+)/.exec(desk.url())?.[1] ?? '';

    // The overview on a phone: a card per region of the coordinator's.
    const phone = await newPage(PHONE);
    await signIn(phone, COORDINATOR);
    await phone.getByRole('link', { name: 'Dashboard', exact: true }).first().tap();
    await phone.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const le = phone.getByRole('link', { name: /^LE: / });
    await le.waitFor();
    expect(await phone.getByRole('link', { name: /^SE: / }).count()).toBe(1);
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityProblems(phone)).toEqual([]);

    // LE's page, live.
    await le.tap();
    await phone.getByRole('heading', { name: /^LE: /, level: 1 }).waitFor();
    await phone.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityProblems(phone)).toEqual([]);

    // Our first candidate's first preferences (none yet: no bars), and Val's calls, as they stand.
    const coordinator = await apiSession(COORDINATOR);
    const regionId = /\/dashboard\/regions\/([^/?#]+)/.exec(phone.url())?.[1] ?? '';
    const { regionTally } = await coordinator<{
      regionTally: {
        firstPreferences: {
          count: number;
          candidate: { id: string; slate: { ours: boolean } | null };
        }[];
      };
    }>(
      'query($id: ID!) { regionTally(regionId: $id) { firstPreferences { count candidate { id slate { ours } } } } }',
      { id: regionId },
    );
    const ourFirst = regionTally.firstPreferences.find((row) => row.candidate.slate?.ours);
    if (!ourFirst) throw new Error('LE has no candidate of ours');
    const candidateId = ourFirst.candidate.id;
    const firstPreferences = ourFirst.count;
    const ours = phone
      .getByRole('figure', { name: 'First preferences against the quota' })
      .locator(`[data-bar="${candidateId}"]`);
    // Marks this page: a reload would lose the mark.
    await phone.evaluate(() => {
      (window as unknown as { stillThisPage: boolean }).stillThisPage = true;
    });
    const valsCalls = async () => {
      const row = phone.locator('tr', { hasText: 'Val Volunteer' });
      if ((await row.count()) === 0) return 0;
      return Number(
        (await row.locator('td[data-label="Calls"]').textContent())?.replace(/\D/g, ''),
      );
    };
    const callsBefore = await valsCalls();

    // Val, on her own phone, reaches a member with no pledge yet (any already pledged are
    // noted as not answering, so the first preference surely moves) and records them pledged
    // with our candidate first.
    const val = await apiSession(VOLUNTEER);
    let calls = 0;
    for (;;) {
      const { claimNextContact: claim } = await val<{
        claimNextContact: { id: string; member: { id: string } } | null;
      }>('mutation($id: ID!) { claimNextContact(callListId: $id) { id member { id } } }', {
        id: callListId,
      });
      if (!claim) throw new Error('Nobody left to call on the list');
      const { member } = await coordinator<{ member: { latestPledge: { status: string } | null } }>(
        'query($id: ID!) { member(id: $id) { latestPledge { status } } }',
        { id: claim.member.id },
      );
      const unpledged = member.latestPledge?.status !== 'PLEDGED';
      await val(
        'mutation($input: RecordCallOutcomeInput!) { recordCallOutcome(input: $input) { id } }',
        {
          input: {
            idempotencyKey: `e2e-dashboard-${Date.now()}-${calls}`,
            claimId: claim.id,
            disposition: unpledged ? 'ANSWERED' : 'NO_ANSWER',
            pledge: unpledged ? { status: 'PLEDGED', ranking: [candidateId] } : undefined,
          },
        },
      );
      calls += 1;
      if (unpledged) break;
    }

    // The charts move by themselves.
    await ours
      .locator('.pb-bars__value', { hasText: new RegExp(`^${shown(firstPreferences + 1)}$`) })
      .waitFor({ timeout: 10_000 });
    await phone
      .locator('tr', { hasText: 'Val Volunteer' })
      .locator('td[data-label="Calls"]', { hasText: new RegExp(`^${shown(callsBefore + calls)}`) })
      .waitFor({ timeout: 10_000 });
    expect(
      await phone.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage),
    ).toBe(true);
  });
});
