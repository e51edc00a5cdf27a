import { DEFAULT_CALL_SCRIPT } from './call-script';
import { pledgeFromAnswers } from './call-script-answers';

describe('pledgeFromAnswers', () => {
  it('makes no pledge until the pledge question is answered', () => {
    expect(pledgeFromAnswers(DEFAULT_CALL_SCRIPT, {}, 'ann')).toBeNull();
  });

  it('takes status, ranking, second preference and ballot from the default script', () => {
    expect(
      pledgeFromAnswers(
        DEFAULT_CALL_SCRIPT,
        {
          pledge: 'PLEDGED',
          ranking: ['bob', 'ann'],
          second_preference: 'AGREED',
          ballot: 'RECEIVED',
        },
        'ann',
      ),
    ).toEqual({
      status: 'PLEDGED',
      ranking: ['bob', 'ann'],
      secondPreference: 'AGREED',
      secondPreferenceCandidateId: 'ann',
      ballotReceived: true,
      voted: false,
    });
  });

  it('records a second preference as not asked when the question was skipped', () => {
    expect(pledgeFromAnswers(DEFAULT_CALL_SCRIPT, { pledge: 'AGAINST' }, 'ann')).toEqual({
      status: 'AGAINST',
      ranking: [],
      secondPreference: 'NOT_ASKED',
      secondPreferenceCandidateId: null,
      ballotReceived: null,
      voted: null,
    });
  });
});
