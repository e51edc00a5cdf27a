import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

// OWASP's argon2id minimum (19 MiB, 2 passes) keeps sign-in fast on a 2-core server.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordService {
  // Verified when the email is unknown, so a wrong email costs as long as a wrong password.
  private readonly decoy = argon2.hash('phonebank-decoy-password', OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    if (hash === undefined) {
      await argon2.verify(await this.decoy, password);
      return false;
    }
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
