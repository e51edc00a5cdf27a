import { registerEnumType } from '@nestjs/graphql';
import {
  CallListStatus,
  CountingRule,
  Disposition,
  ImportStatus,
  PledgeStatus,
  ProjectionRunStatus,
  Role,
  SecondPreferenceAnswer,
} from '@phonebank/domain';

// The domain's enums, as the GraphQL schema names them. Imported once by the app module.
registerEnumType(Role, { name: 'Role' });
registerEnumType(CountingRule, {
  name: 'CountingRule',
  description: 'How an election’s votes are counted.',
});
registerEnumType(Disposition, { name: 'Disposition' });
registerEnumType(PledgeStatus, { name: 'PledgeStatus' });
registerEnumType(SecondPreferenceAnswer, { name: 'SecondPreferenceAnswer' });
registerEnumType(ImportStatus, { name: 'ImportStatus' });
registerEnumType(CallListStatus, {
  name: 'CallListStatus',
  description: 'Volunteers claim only from an ACTIVE list; ARCHIVED is for good.',
});
registerEnumType(ProjectionRunStatus, {
  name: 'ProjectionRunStatus',
  description: 'A projection run in the job queue: QUEUED, RUNNING, then SUCCEEDED or FAILED.',
});
