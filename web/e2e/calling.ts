import type { Locator, Page } from 'playwright-core';

export const baseUrl = () => process.env.E2E_BASE_URL as string;
export const COORDINATOR = {
  email: 'coordinator@phonebank.example',
  password: 'phonebank-coordinator',
};
export const VOLUNTEER = { email: 'volunteer@phonebank.example', password: 'phonebank-volunteer' };

export async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByLabel('Password').press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/**
 * The member on the call screen's dial link ("Call Ada Lovelace on +44…"), once it is another
 * than `previous`.
 */
export async function heldMember(page: Page, previous = ''): Promise<string> {
  await page.waitForFunction((before) => {
    const label = document.querySelector('a[href^="tel:"]')?.getAttribute('aria-label');
    return Boolean(label) && label !== before;
  }, previous);
  return (
    (await page.getByRole('link', { name: /^Call .+ on \+/ }).getAttribute('aria-label')) ?? ''
  );
}

/**
 * As a signed-in coordinator: a list of LE open all day, with Val Volunteer on it. Returns Val's
 * row on the list's page, which updates live.
 */
export async function createListForVal(coordinator: Page, name: string): Promise<Locator> {
  await coordinator.goto(`${baseUrl()}/call-lists/new`);
  await coordinator.getByRole('heading', { name: 'New call list', level: 1 }).waitFor();
  await coordinator.getByRole('textbox', { name: 'Name' }).fill(name);
  const region = coordinator.getByRole('combobox', { name: 'Region' });
  await region.locator('option', { hasText: /^LE: / }).waitFor({ state: 'attached' });
  const le = await region.locator('option', { hasText: /^LE: / }).getAttribute('value');
  await region.selectOption(le ?? '');
  await coordinator.getByLabel('Calls from').fill('00:00');
  await coordinator.getByLabel('Calls until').fill('23:59');
  await coordinator.getByText(/^[\d,]+ members? match/).waitFor();
  await coordinator.getByRole('button', { name: 'Create call list' }).click();
  await coordinator.getByRole('heading', { name, level: 1 }).waitFor();
  await coordinator.getByText(/of [\d,]+ finished/).waitFor();
  await coordinator.getByRole('button', { name: 'Add volunteers' }).click();
  await coordinator.getByRole('checkbox', { name: /Val Volunteer/ }).check();
  await coordinator.getByRole('button', { name: 'Add 1 volunteer' }).click();
  const valsRow = coordinator.locator('tr', {
    has: coordinator.getByRole('cell', { name: 'Val Volunteer', exact: true }),
  });
  await valsRow.waitFor();
  return valsRow;
}

export type ApiCall = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<T>;

/**
 * A signed-in session on the API outside any browser, as another device would hold it (a
 * volunteer's phone recording calls while a coordinator watches).
 */
export async function apiSession(who: { email: string; password: string }): Promise<ApiCall> {
  let cookie = '';
  const call: ApiCall = async (query, variables = {}) => {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    if (body.errors || !body.data)
      throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data as never;
  };
  await call('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: who.email,
    p: who.password,
  });
  return call;
}
