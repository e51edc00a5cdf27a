import { type CallScriptContext, DEFAULT_CALL_SCRIPT } from '@phonebank/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ScriptPreview } from './ScriptPreview';

const context: CallScriptContext = {
  member: { firstName: 'Alex', lastName: 'Sample' },
  volunteer: { name: 'Sam' },
  election: { name: 'NCG 2026' },
  region: { name: 'London & Eastern', seats: 6 },
  slate: { name: 'Grassroots Left' },
  candidates: [
    { id: 'c1', name: 'Ann Ours', ours: true, pitch: 'Branch secretary.' },
    { id: 'r1', name: 'Rita Rival', ours: false },
  ],
  recommendedCandidateId: 'c1',
};

const RANKING = /How are you thinking of ranking them/;
const SECOND_PREFERENCE = /Would you rank Ann Ours straight after your first choice/;
const BALLOT = /Have you received your ballot/;

describe('the script preview', () => {
  it('fills in the sample member and the region’s candidates', async () => {
    const { container } = render(<ScriptPreview steps={DEFAULT_CALL_SCRIPT} context={context} />);
    expect(screen.getByText(/Hi, is that Alex\? My name is Sam/)).toBeInTheDocument();
    expect(screen.getByText(/London & Eastern elects 6 members/)).toBeInTheDocument();
    expect(screen.getByText(/Ann Ours: Branch secretary\./)).toBeInTheDocument();
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('skips the ranking, ballot and volunteering when the member is against, and brings them back', async () => {
    const user = userEvent.setup();
    render(<ScriptPreview steps={DEFAULT_CALL_SCRIPT} context={context} />);
    expect(screen.getByRole('group', { name: RANKING })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Against' }));
    expect(screen.queryByRole('group', { name: RANKING })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: BALLOT })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: SECOND_PREFERENCE })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Pledged' }));
    expect(screen.getByRole('group', { name: RANKING })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: BALLOT })).toBeInTheDocument();
  });

  it('asks for a second preference only when the first choice is not one of ours', async () => {
    const user = userEvent.setup();
    render(<ScriptPreview steps={DEFAULT_CALL_SCRIPT} context={context} />);
    await user.click(screen.getByRole('button', { name: 'Pledged' }));

    await user.click(screen.getByRole('button', { name: /^1\. Ann Ours/ }));
    expect(screen.queryByRole('group', { name: SECOND_PREFERENCE })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear the ranking' }));
    await user.click(screen.getByRole('button', { name: /^1\. Rita Rival/ }));
    expect(screen.getByRole('group', { name: SECOND_PREFERENCE })).toBeInTheDocument();
  });

  it('builds a ranking tap by tap, our slate offered first, the last tap undoable', async () => {
    const user = userEvent.setup();
    render(<ScriptPreview steps={DEFAULT_CALL_SCRIPT} context={context} />);
    const choices = screen.getAllByRole('button', { name: /^1\. / }).map((b) => b.textContent);
    expect(choices).toEqual(['1. Ann Oursourssuggest first', '1. Rita Rival']);
    await user.click(screen.getByRole('button', { name: /^1\. Rita Rival/ }));
    await user.click(screen.getByRole('button', { name: /^2\. Ann Ours/ }));
    expect(screen.getByRole('list', { name: 'Ranking so far' })).toHaveTextContent(
      'Rita RivalAnn Ours',
    );
    await user.click(screen.getByRole('button', { name: 'Undo the last' }));
    expect(screen.getByRole('list', { name: 'Ranking so far' })).toHaveTextContent(/^Rita Rival$/);
  });

  it('hides everything but the thanks for a member who is not voting', async () => {
    const user = userEvent.setup();
    render(<ScriptPreview steps={DEFAULT_CALL_SCRIPT} context={context} />);
    await user.click(screen.getByRole('button', { name: 'Not voting' }));
    expect(screen.getByText('4 of 8 steps shown for these answers.')).toBeInTheDocument();
    expect(screen.getByText(/Thank you for your time, Alex/)).toBeInTheDocument();
  });
});
