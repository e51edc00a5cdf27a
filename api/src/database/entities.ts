import { AuditLog } from '../audit/audit-log.entity';
import { CallList } from '../call-lists/call-list.entity';
import { CallListVolunteer } from '../call-lists/call-list-volunteer.entity';
import { CallQueueEntry } from '../call-lists/call-queue-entry.entity';
import { CallRecord } from '../calls/call-record.entity';
import { Claim } from '../calls/claim.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { Session } from '../auth/session.entity';
import { Candidate } from '../elections/candidate.entity';
import { Election } from '../elections/election.entity';
import { Region } from '../elections/region.entity';
import { RegionPostcodeArea } from '../elections/region-postcode-area.entity';
import { Slate } from '../elections/slate.entity';
import { MemberImport } from '../imports/member-import.entity';
import { MemberImportChunk } from '../imports/member-import-chunk.entity';
import { MemberImportError } from '../imports/member-import-error.entity';
import { Member } from '../members/member.entity';
import { Pledge } from '../pledges/pledge.entity';
import { ProjectionRun } from '../projections/projection-run.entity';
import { CallScript } from '../scripts/call-script.entity';
import { CallScriptVersion } from '../scripts/call-script-version.entity';
import { CandidateTally } from '../tallies/candidate-tally.entity';
import { MemberContact } from '../tallies/member-contact.entity';
import { RegionDayActivity } from '../tallies/region-day-activity.entity';
import { RegionTally } from '../tallies/region-tally.entity';
import { RegionVolunteerActivity } from '../tallies/region-volunteer-activity.entity';
import { User } from '../users/user.entity';

/** Every table's entity, listed once for the app, the migration scripts and the tests. */
export const ENTITIES = [
  User,
  Session,
  LoginAttempt,
  Election,
  Region,
  RegionPostcodeArea,
  Slate,
  Candidate,
  Member,
  MemberImport,
  MemberImportChunk,
  MemberImportError,
  Pledge,
  CallList,
  CallListVolunteer,
  CallQueueEntry,
  Claim,
  CallScript,
  CallScriptVersion,
  CallRecord,
  AuditLog,
  ProjectionRun,
  MemberContact,
  RegionTally,
  CandidateTally,
  RegionDayActivity,
  RegionVolunteerActivity,
];
