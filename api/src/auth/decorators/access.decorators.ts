import { SetMetadata } from '@nestjs/common';
import type { Role } from '@phonebank/domain';

export const ACCESS_METADATA = 'phonebank:access';

export type Access =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

/** Anyone may call this, signed in or not (sign-in itself, health). */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies Access);

/** Any signed-in user may call this; what they see is scoped by the service. */
export const Authenticated = () =>
  SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies Access);

/** Only signed-in users with one of these roles may call this. */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies Access);
