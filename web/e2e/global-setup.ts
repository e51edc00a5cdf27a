import { startPhonebank } from './server';

declare global {
  var phonebankE2e: Awaited<ReturnType<typeof startPhonebank>> | undefined;
}

export default async function globalSetup(): Promise<void> {
  const phonebank = await startPhonebank();
  globalThis.phonebankE2e = phonebank;
  process.env.E2E_BASE_URL = phonebank.baseUrl;
  process.env.E2E_ADMIN_EMAIL = phonebank.admin.email;
  process.env.E2E_ADMIN_PASSWORD = phonebank.admin.password;
}
