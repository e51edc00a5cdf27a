import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';

import { launchBrowser } from './browser';
import { apiSession, COORDINATOR, createListForVal, signIn, VOLUNTEER } from './calling';

const POLL_MS = 5_000; // CALL_LIST_POLL_MS

/** Val records one answered call on `callListId` through the API, as her phone would. */
async function valRecordsACall(callListId: string): Promise<void> {
  const call = await apiSession(VOLUNTEER);
  const { claimNextContact } = await call<{ claimNextContact: { id: string } }>(
    'mutation($id: ID!) { claimNextContact(callListId: $id) { id } }',
    { id: callListId },
  );
  await call(
    'mutation($input: RecordCallOutcomeInput!) { recordCallOutcome(input: $input) { id } }',
    {
      input: {
        idempotencyKey: `e2e-live-${Date.now()}`,
        claimId: claimNextContact.id,
        disposition: 'ANSWERED',
      },
    },
  );
}

describe('a call list page kept live over a WebSocket', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let listReads = 0;
  let refuseSockets = false;
  const sockets: WebSocketRoute[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext();
    page = await context.newPage();
    // Every live-update socket passes through here, so the test can cut the connection.
    await page.routeWebSocket(/\/graphql$/, (socket) => {
      if (refuseSockets) return socket.close({ code: 1013, reason: 'Try again later' });
      sockets.push(socket);
      socket.connectToServer();
    });
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.postData()?.includes('"operationName":"CallList"'))
        listReads += 1;
    });
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it('shows a call as it is recorded without asking again, and polls only while the socket is down', async () => {
    await signIn(page, COORDINATOR);
    const valsRow = await createListForVal(page, `E2E live ${Date.now()}`);
    const callListId = /\/call-lists\/([^/?#]+)/.exec(page.url())?.[1] ?? '';
    expect(sockets.length).toBe(1);

    // Connected: the page does not poll.
    const readsWhileLive = listReads;
    await page.waitForTimeout(POLL_MS + 1_000);
    expect(listReads).toBe(readsWhileLive);

    await valRecordsACall(callListId);
    await valsRow.locator('td[data-label="Calls today"]', { hasText: /^1$/ }).waitFor();
    expect(listReads).toBe(readsWhileLive);

    // The connection drops and will not come back for now: the page polls instead.
    refuseSockets = true;
    await sockets[0].close({ code: 1012, reason: 'Service restart' });
    await page.waitForRequest(
      (request) => request.postData()?.includes('"operationName":"CallList"') ?? false,
      { timeout: POLL_MS * 3 },
    );

    // Back: the client reconnects by itself and polling stops again.
    refuseSockets = false;
    await page.waitForEvent('websocket', { timeout: 60_000 });
    await page.waitForTimeout(1_000);
    const readsAfterReconnect = listReads;
    await page.waitForTimeout(POLL_MS + 1_000);
    expect(listReads).toBe(readsAfterReconnect);
  });
});
