import { LoginAttempt } from '../auth/login-attempt.entity';
import { Session } from '../auth/session.entity';
import { Candidate } from '../elections/candidate.entity';
import { Election } from '../elections/election.entity';
import { Region } from '../elections/region.entity';
import { Slate } from '../elections/slate.entity';
import { Member } from '../members/member.entity';
import { User } from '../users/user.entity';

/** Every table's entity, listed once for the app, the migration scripts and the tests. */
export const ENTITIES = [User, Session, LoginAttempt, Election, Region, Slate, Candidate, Member];
