import { createTemplateDatabase, SERVER_URL_VARIABLE, startTestServer } from './test-database';

declare global {
  var phonebankTestServer: Awaited<ReturnType<typeof startTestServer>> | undefined;
}

export default async function globalSetup(): Promise<void> {
  const server = await startTestServer();
  globalThis.phonebankTestServer = server;
  process.env[SERVER_URL_VARIABLE] = server.url;
  await createTemplateDatabase(server.url);
}
