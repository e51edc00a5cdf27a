export default async function globalTeardown(): Promise<void> {
  const server = globalThis.phonebankTestServer;
  await server?.stop();
  server?.cleanup();
}
