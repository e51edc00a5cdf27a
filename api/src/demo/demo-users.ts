import { Role } from '@phonebank/domain';

// Published on purpose: the demo is for trying Phonebank, never for real members.
export const DEMO_USERS = [
  {
    email: 'admin@phonebank.example',
    name: 'Ada Admin',
    role: Role.ADMIN,
    password: 'phonebank-admin',
    regionCodes: [],
  },
  {
    email: 'coordinator@phonebank.example',
    name: 'Cole Coordinator',
    role: Role.COORDINATOR,
    password: 'phonebank-coordinator',
    regionCodes: ['LE', 'SE'],
  },
  {
    email: 'volunteer@phonebank.example',
    name: 'Val Volunteer',
    role: Role.VOLUNTEER,
    password: 'phonebank-volunteer',
    regionCodes: ['LE'],
  },
] as const;
