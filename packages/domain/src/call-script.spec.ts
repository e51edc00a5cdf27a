import {
  CallScriptStepType as T,
  type CallScriptContext,
  type CallScriptStepDraft,
  checkCallScript,
  DEFAULT_CALL_SCRIPT,
  joinNames,
  MAX_SCRIPT_STEPS,
  normaliseCallScript,
  renderTemplate,
  templateFields,
  visibleSteps,
} from './call-script';
import { PledgeStatus } from './enums';

const context: CallScriptContext = {
  member: { firstName: 'Ada', lastName: 'Lovelace' },
  volunteer: { name: 'Sam' },
  election: { name: 'NCG 2026' },
  region: { name: 'London & Eastern', seats: 6 },
  slate: { name: 'Grassroots Left' },
  candidates: [
    { id: 'rival', name: 'Rita Rival', ours: false, pitch: 'Not ours.' },
    { id: 'c1', name: 'Ann Ours', ours: true, pitch: 'Branch secretary for ten years.' },
    { id: 'c2', name: 'Ben Ours', ours: true, pitch: null },
  ],
  recommendedCandidateId: 'c2',
};

const keys = (steps: readonly { key: string }[]) => steps.map((step) => step.key);
const fields = (steps: readonly CallScriptStepDraft[]) =>
  checkCallScript(steps).map((problem) => problem.field);

describe('call script templates', () => {
  it('fills the member, region, slate and candidate fields', () => {
    expect(
      renderTemplate(
        'Hi {{member.firstName}}, {{ region.name }} elects {{region.seats}}. We back {{candidates.ours}} ({{candidates.ours.count}}) of {{slate.name}}.',
        context,
      ),
    ).toBe(
      'Hi Ada, London & Eastern elects 6. We back Ann Ours and Ben Ours (2) of Grassroots Left.',
    );
    expect(renderTemplate('{{candidate.1.name}}: {{candidate.1.pitch}}', context)).toBe(
      'Ann Ours: Branch secretary for ten years.',
    );
    expect(renderTemplate('{{candidates.pitches}}', context)).toBe(
      'Ann Ours: Branch secretary for ten years.; Ben Ours',
    );
    expect(renderTemplate('Put {{recommended.name}} first', context)).toBe('Put Ben Ours first');
  });

  it('renders a field with no value as empty, and leaves an unknown field as written', () => {
    expect(renderTemplate('[{{candidate.3.name}}]', context)).toBe('[]');
    expect(renderTemplate('[{{member.shoeSize}}]', context)).toBe('[{{member.shoeSize}}]');
    expect(templateFields('{{a}} and {{ b.c }}')).toEqual(['a', 'b.c']);
  });

  it('joins names the way they are said', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('checking a call script', () => {
  it('accepts the built-in script', () => {
    expect(checkCallScript(DEFAULT_CALL_SCRIPT)).toEqual([]);
  });

  it('refuses an empty script and one that is too long', () => {
    expect(fields([])).toEqual(['steps']);
    const many = Array.from({ length: MAX_SCRIPT_STEPS + 1 }, (_, i) => ({
      key: `s${i}`,
      type: T.TEXT,
      text: 'Hello',
    }));
    expect(fields(many)).toEqual(['steps']);
  });

  it('names a repeated or malformed key, empty text and an unknown template field', () => {
    expect(
      fields([
        { key: 'intro', type: T.TEXT, text: 'Hi {{member.firstName}}' },
        { key: 'intro', type: T.FREE_TEXT, text: 'Anything else?' },
        { key: 'Bad Key', type: T.YES_NO, text: '  ' },
        { key: 'odd', type: T.TEXT, text: 'Hi {{member.nickname}}' },
      ]),
    ).toEqual(['steps[1].key', 'steps[2].key', 'steps[2].text', 'steps[3].text']);
  });

  it('wants 2 to 20 distinct options on a single-choice step and none elsewhere', () => {
    expect(
      fields([
        { key: 'one', type: T.SINGLE_CHOICE, text: 'Pick', options: ['Only'] },
        { key: 'dup', type: T.SINGLE_CHOICE, text: 'Pick', options: ['A', 'A ', ''] },
        { key: 'yn', type: T.YES_NO, text: 'Yes?', options: ['Maybe'] },
      ]),
    ).toEqual([
      'steps[0].options',
      'steps[1].options[1]',
      'steps[1].options[2]',
      'steps[2].options',
    ]);
  });

  it('asks each STV question at most once', () => {
    expect(
      fields([
        { key: 'a', type: T.PLEDGE_STATUS, text: 'Support?' },
        { key: 'b', type: T.PLEDGE_STATUS, text: 'Support again?' },
      ]),
    ).toEqual(['steps[1].type']);
  });

  it('lets a skip rule name only an earlier step with fixed answers, and only its answers', () => {
    expect(
      fields([
        {
          key: 'intro',
          type: T.TEXT,
          text: 'Hi',
          skipIf: { step: 'pledge', answerIn: ['AGAINST'] },
        },
        { key: 'pledge', type: T.PLEDGE_STATUS, text: 'Support?' },
        { key: 'self', type: T.YES_NO, text: 'Q', skipIf: { step: 'self', answerIn: ['YES'] } },
        { key: 'notes', type: T.FREE_TEXT, text: 'Notes' },
        { key: 'a', type: T.TEXT, text: 'A', skipIf: { step: 'notes', answerIn: ['x'] } },
        { key: 'b', type: T.TEXT, text: 'B', skipIf: { step: 'pledge', answerIn: ['MAYBE'] } },
        { key: 'c', type: T.TEXT, text: 'C', skipIf: { step: 'pledge', answerIn: [] } },
        { key: 'd', type: T.TEXT, text: 'D', skipIf: { step: 'pledge', answerIn: ['AGAINST'] } },
      ]),
    ).toEqual([
      'steps[0].skipIf',
      'steps[2].skipIf',
      'steps[4].skipIf',
      'steps[5].skipIf.answerIn[0]',
      'steps[6].skipIf.answerIn',
    ]);
  });

  it('branches on a single choice’s own options', () => {
    const steps: CallScriptStepDraft[] = [
      { key: 'issue', type: T.SINGLE_CHOICE, text: 'Top issue?', options: ['Housing', 'Pay'] },
      {
        key: 'housing',
        type: T.TEXT,
        text: 'On housing…',
        skipIf: { step: 'issue', answerIn: ['Pay'] },
      },
    ];
    expect(checkCallScript(steps)).toEqual([]);
    expect(keys(visibleSteps(steps, { issue: 'Pay' }))).toEqual(['issue']);
  });

  it('stores steps trimmed, with options only where they belong', () => {
    expect(
      normaliseCallScript([
        { key: 'q', type: T.SINGLE_CHOICE, text: ' Pick ', options: [' A', 'B '] },
        { key: 'r', type: T.YES_NO, text: 'Yes?', options: [], skipIf: null },
      ]),
    ).toEqual([
      { key: 'q', type: T.SINGLE_CHOICE, text: 'Pick', options: ['A', 'B'] },
      { key: 'r', type: T.YES_NO, text: 'Yes?' },
    ]);
  });
});

describe('which steps a volunteer sees', () => {
  const ourCandidateIds = ['c1', 'c2'];
  const all = keys(DEFAULT_CALL_SCRIPT);

  it('shows every step before any answer', () => {
    expect(keys(visibleSteps(DEFAULT_CALL_SCRIPT, {}, { ourCandidateIds }))).toEqual(all);
  });

  it('skips the ranking, ballot and volunteering for a member who is against', () => {
    expect(
      keys(
        visibleSteps(DEFAULT_CALL_SCRIPT, { pledge: PledgeStatus.AGAINST }, { ourCandidateIds }),
      ),
    ).toEqual(['intro', 'slate', 'pledge', 'second_preference', 'thanks']);
  });

  it('skips everything but the thanks for a member who is not voting', () => {
    expect(
      keys(
        visibleSteps(DEFAULT_CALL_SCRIPT, { pledge: PledgeStatus.NOT_VOTING }, { ourCandidateIds }),
      ),
    ).toEqual(['intro', 'slate', 'pledge', 'thanks']);
  });

  it('asks for a second preference only when the first choice is not one of ours', () => {
    const pledged = { pledge: PledgeStatus.PLEDGED };
    expect(
      keys(
        visibleSteps(
          DEFAULT_CALL_SCRIPT,
          { ...pledged, ranking: ['c1', 'rival'] },
          { ourCandidateIds },
        ),
      ),
    ).not.toContain('second_preference');
    expect(
      keys(
        visibleSteps(
          DEFAULT_CALL_SCRIPT,
          { ...pledged, ranking: ['rival', 'c1'] },
          { ourCandidateIds },
        ),
      ),
    ).toContain('second_preference');
  });

  it('forgets answers given to a step that is now hidden', () => {
    const steps: CallScriptStepDraft[] = [
      { key: 'pledge', type: T.PLEDGE_STATUS, text: 'Support?' },
      {
        key: 'help',
        type: T.YES_NO,
        text: 'Help?',
        skipIf: { step: 'pledge', answerIn: ['AGAINST'] },
      },
      { key: 'task', type: T.TEXT, text: 'Tasks', skipIf: { step: 'help', answerIn: ['NO'] } },
    ];
    expect(keys(visibleSteps(steps, { pledge: 'PLEDGED', help: 'NO' }))).toEqual([
      'pledge',
      'help',
    ]);
    // `help` was answered NO earlier, but is hidden now: its answer hides nothing.
    expect(keys(visibleSteps(steps, { pledge: 'AGAINST', help: 'NO' }))).toEqual([
      'pledge',
      'task',
    ]);
  });
});
