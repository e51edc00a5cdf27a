import type { BrowserContextOptions, Locator, Page } from 'playwright-core';

import { seriousAccessibilityProblems, specBrowser } from './browser';
import { baseUrl, COORDINATOR, createListForVal, heldMember, signIn, VOLUNTEER } from './calling';

interface Viewport {
  name: string;
  options: BrowserContextOptions;
  /** A phone: buttons are tapped, and the page must not scroll sideways. */
  phone: boolean;
}

const VIEWPORTS: Viewport[] = [
  {
    name: 'a phone',
    options: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
    phone: true,
  },
  { name: 'a desktop', options: { viewport: { width: 1280, height: 800 } }, phone: false },
];

interface LatestPledge {
  status: string;
  secondPreference: string;
  createdAt: string;
}

/** Runs a GraphQL query with the session of whoever is signed in on `page`. */
async function graphql<T>(page: Page, query: string, variables: object): Promise<T> {
  const result = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    },
    { query, variables },
  );
  if (!result.data || result.errors)
    throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/**
 * As the coordinator signed in on `page`: the latest pledges of the members named `name` with
 * this phone number whose latest pledge is PLEDGED (a shared number may belong to several).
 */
async function pledgesOf(
  page: Page,
  { name, phone }: { name: string; phone: string },
): Promise<LatestPledge[]> {
  const { members } = await graphql<{
    members: { items: { id: string; firstName: string; lastName: string }[] };
  }>(
    page,
    `
      query PledgedByPhone($search: String!) {
        members(filter: { pledgeStatus: PLEDGED, search: $search }, limit: 200) {
          items {
            id
            firstName
            lastName
          }
        }
      }
    `,
    { search: phone },
  );
  const ids = members.items
    .filter((row) => `${row.firstName} ${row.lastName}` === name)
    .map((row) => row.id);
  const pledges: LatestPledge[] = [];
  for (const id of ids) {
    const { member } = await graphql<{ member: { latestPledge: LatestPledge | null } | null }>(
      page,
      `
        query LatestPledge($id: ID!) {
          member(id: $id) {
            latestPledge {
              status
              secondPreference
              createdAt
            }
          }
        }
      `,
      { id },
    );
    if (member?.latestPledge) pledges.push(member.latestPledge);
  }
  return pledges;
}

/** "Call Ada Lovelace on +442079460123" → the name and the number. */
function dialled(label: string): { name: string; phone: string } {
  const match = /^Call (.+) on (\+\d+)$/.exec(label);
  if (!match) throw new Error(`Not a dial link's label: ${label}`);
  return { name: match[1], phone: match[2] };
}

/** A candidate button's candidate: its words without the number and the badges. */
async function candidateName(button: Locator): Promise<string> {
  return button.evaluate((element) =>
    [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join('')
      .replace(/^\d+\. /, ''),
  );
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

describe('a volunteer following the script on the call screen', () => {
  const { newPage } = specBrowser();

  it.each(VIEWPORTS)(
    'on $name: branches, ranks by tapping, records a pledge and gets the next member',
    async ({ name: viewportName, options, phone }) => {
      // Unique per run and viewport, so neither run meets the other's (or an older) list.
      const listName = `E2E script ${viewportName} ${Date.now()}`;
      const coordinator = await newPage();
      await signIn(coordinator, COORDINATOR);
      await createListForVal(coordinator, listName);

      const volunteer = await newPage(options);
      const press = (target: Locator) => (phone ? target.tap() : target.click());
      await signIn(volunteer, VOLUNTEER);
      await volunteer.goto(`${baseUrl()}/calling`);
      await volunteer.getByRole('heading', { name: 'Calling', level: 1 }).waitFor();
      await press(volunteer.getByRole('link', { name: `Start calling from ${listName}` }));
      await volunteer.getByRole('heading', { name: listName, level: 1 }).waitFor();
      await press(volunteer.getByRole('button', { name: 'Get next member' }));
      const first = await heldMember(volunteer);
      const member = dialled(first);
      // Pledges from before this call (another list may have called this member) do not count.
      const callStarted = Date.now() - 2_000;

      const script = volunteer.getByRole('list', { name: 'Script' });
      await script.waitFor();
      const pledge = script.getByRole('group', { name: /^Can we count on your support/ });
      const ranking = script.getByRole('group', { name: /^It is a ranked vote/ });
      const secondPreference = script.getByRole('group', { name: /^Whoever you put first/ });
      const ballot = script.getByRole('group', { name: /^Have you received your ballot/ });
      await ranking.waitFor();

      // Against: no ranking to ask for (nor a ballot question).
      const against = pledge.getByRole('button', { name: 'Against', exact: true });
      await press(against);
      expect(await against.getAttribute('aria-pressed')).toBe('true');
      await ranking.waitFor({ state: 'detached' });
      expect(await ballot.count()).toBe(0);

      // Pledged: the ranking comes back.
      const pledged = pledge.getByRole('button', { name: 'Pledged', exact: true });
      await press(pledged);
      await ranking.waitFor();
      expect(await pledged.getAttribute('aria-pressed')).toBe('true');
      expect(await against.getAttribute('aria-pressed')).toBe('false');

      // Our slate is offered first, the recommended first preference marked.
      const candidates = ranking.getByRole('button', { name: /^1\. / });
      const oursBadge = volunteer.getByText('ours', { exact: true });
      const ourCandidates = candidates.filter({ has: oursBadge });
      const theirCandidates = candidates.filter({ hasNot: oursBadge });
      expect(await ourCandidates.count()).toBeGreaterThan(0);
      expect(await theirCandidates.count()).toBeGreaterThan(0);
      const offered = await candidates.evaluateAll((buttons) =>
        buttons.map((button) => button.textContent?.includes('ours') ?? false),
      );
      expect(offered).toEqual([...offered].sort((a, b) => Number(b) - Number(a)));
      expect(await ranking.getByText('suggest first', { exact: true }).count()).toBe(1);

      // One of ours first: no second-preference ask.
      await press(ourCandidates.first());
      const rankedSoFar = ranking
        .getByRole('list', { name: 'Ranking so far' })
        .getByRole('listitem');
      await rankedSoFar.first().waitFor();
      await secondPreference.waitFor({ state: 'detached' });
      await press(ranking.getByRole('button', { name: 'Undo the last' }));
      await rankedSoFar.first().waitFor({ state: 'detached' });
      await secondPreference.waitFor();

      // Another slate's candidate first, one of ours second: the second-preference ask stays.
      const theirs = await candidateName(theirCandidates.first());
      await press(theirCandidates.first());
      const ours = ranking
        .getByRole('button', { name: /^2\. / })
        .filter({ has: oursBadge })
        .first();
      const oursName = await candidateName(ours);
      await press(ours);
      await ranking.getByRole('button', { name: /^3\. / }).first().waitFor();
      expect(await rankedSoFar.allTextContents()).toEqual([theirs, oursName]);
      await secondPreference.waitFor();
      const agreed = secondPreference.getByRole('button', { name: 'Agreed', exact: true });
      await press(agreed);
      expect(await agreed.getAttribute('aria-pressed')).toBe('true');
      // Still shown once answered.
      expect(await secondPreference.count()).toBe(1);

      const received = ballot.getByRole('button', { name: 'Received', exact: true });
      await press(received);
      expect(await received.getAttribute('aria-pressed')).toBe('true');

      // The whole script shown and answered: fits a phone, and nothing serious for axe.
      if (phone) {
        const overflow = await volunteer.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      }
      expect(await seriousAccessibilityProblems(volunteer)).toEqual([]);

      await press(volunteer.getByRole('button', { name: 'Answered', exact: true }));
      const second = await heldMember(volunteer, first);
      expect(second).toMatch(/^Call .+ on \+/);
      expect(second).not.toBe(first);
      await volunteer
        .getByRole('status')
        .getByText('This session: 1 call, 1 conversation, 1 pledge.', { exact: false })
        .waitFor();
      // The next member starts with a fresh script: nothing chosen, no ranking.
      await script.getByRole('group', { name: /^It is a ranked vote/ }).waitFor();
      expect(await script.locator('[aria-pressed="true"]').count()).toBe(0);
      expect(await rankedSoFar.count()).toBe(0);

      if (phone) {
        const overflow = await volunteer.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      } else {
        // From the keyboard: 2 records "No answer" and the next member comes.
        await volunteer.keyboard.press('2');
        const third = await heldMember(volunteer, second);
        expect(third).not.toBe(first);
        await volunteer
          .getByRole('status')
          .getByText('This session: 2 calls, 1 conversation, 1 pledge.', { exact: false })
          .waitFor();
      }

      // The pledge reached the server (it goes from the phone's outbox, so allow a moment).
      const fromThisCall = (pledges: LatestPledge[]) =>
        pledges.filter((pledge) => Date.parse(pledge.createdAt) >= callStarted);
      const pledges = await until(
        () => pledgesOf(coordinator, member),
        (found) => fromThisCall(found).length > 0,
      );
      expect(fromThisCall(pledges)).toEqual([
        { status: 'PLEDGED', secondPreference: 'AGREED', createdAt: expect.any(String) },
      ]);
    },
    120_000,
  );
});
