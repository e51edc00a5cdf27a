import { InitialSchema1764349200000 } from './1764349200000-initialSchema';
import { MemberContactLists1764400000000 } from './1764400000000-memberContactLists';
import { MemberImportHeader1764400100000 } from './1764400100000-memberImportHeader';
import { MemberSearch1764400200000 } from './1764400200000-memberSearch';
import { CallQueue1764400300000 } from './1764400300000-callQueue';
import { FirstPreferenceTargets1764400400000 } from './1764400400000-firstPreferenceTargets';
import { CallScripts1764400500000 } from './1764400500000-callScripts';
import { CallRecordAnswers1764400600000 } from './1764400600000-callRecordAnswers';
import { RegionTallies1764400700000 } from './1764400700000-regionTallies';
import { Projections1764400800000 } from './1764400800000-projections';
import { LeaningFirstPreferenceMeasure1764400900000 } from './1764400900000-leaningFirstPreferenceMeasure';
import { LeaningFirstPreferenceTallies1764401000000 } from './1764401000000-leaningFirstPreferenceTallies';
import { SignInChangedNotifications1764401100000 } from './1764401100000-signInChangedNotifications';
import { RegionSignInChangedOnlyWhenCarried1764401200000 } from './1764401200000-regionSignInChangedOnlyWhenCarried';
import { MemberImportReadAt1764401300000 } from './1764401300000-memberImportReadAt';
import { ActivityNotifiedAfterCommit1764401400000 } from './1764401400000-activityNotifiedAfterCommit';
import { PersonalDataRetention1764401700000 } from './1764401700000-personalDataRetention';
import { MemberLandlineAndImportPreview1764401900000 } from './1764401900000-memberLandlineAndImportPreview';

/** In the order they run. A new migration is generated, reviewed and added here. */
export const MIGRATIONS = [
  InitialSchema1764349200000,
  MemberContactLists1764400000000,
  MemberImportHeader1764400100000,
  MemberSearch1764400200000,
  CallQueue1764400300000,
  FirstPreferenceTargets1764400400000,
  CallScripts1764400500000,
  CallRecordAnswers1764400600000,
  RegionTallies1764400700000,
  Projections1764400800000,
  LeaningFirstPreferenceMeasure1764400900000,
  LeaningFirstPreferenceTallies1764401000000,
  SignInChangedNotifications1764401100000,
  RegionSignInChangedOnlyWhenCarried1764401200000,
  MemberImportReadAt1764401300000,
  ActivityNotifiedAfterCommit1764401400000,
  PersonalDataRetention1764401700000,
  MemberLandlineAndImportPreview1764401900000,
];
