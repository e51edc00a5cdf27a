import { render, screen } from '@testing-library/react';

import { PledgesNeededText } from './PledgesNeededText';

const ann = { name: 'Ann Ours' };

describe('pledges needed for our next seat', () => {
  it('says how many more first or second preferences would elect our nearest candidate', () => {
    render(
      <PledgesNeededText
        pledgesNeeded={{ candidate: ann, firstPreferences: 1, secondPreferences: null }}
      />,
    );
    expect(
      screen.getByText('1 more first preference for Ann Ours would elect them.'),
    ).toBeVisible();
  });

  it('says when no number of pledges would do it', () => {
    render(
      <PledgesNeededText
        pledgesNeeded={{ candidate: ann, firstPreferences: null, secondPreferences: null }}
      />,
    );
    expect(
      screen.getByText(
        'Ann Ours is our nearest candidate, but no number of extra pledges elects them in the central scenario.',
      ),
    ).toBeVisible();
  });

  it('says when no further candidate of ours is within reach', () => {
    render(<PledgesNeededText pledgesNeeded={null} />);
    expect(
      screen.getByText('No further candidate of ours is within reach in the central scenario.'),
    ).toBeVisible();
  });
});
