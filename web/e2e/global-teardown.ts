export default async function globalTeardown(): Promise<void> {
  await globalThis.phonebankE2e?.stop();
}
