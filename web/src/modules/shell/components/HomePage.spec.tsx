import { screen } from '@testing-library/react';

import { ADMIN, renderPage, VOLUNTEER } from '../../../test/render';
import { HomePage } from './HomePage';

describe('the home page', () => {
  it('sends a volunteer to their calls', () => {
    renderPage(<HomePage />, { user: VOLUNTEER });
    expect(screen.getByRole('link', { name: 'Start calling' })).toHaveAttribute('href', '/calling');
    expect(screen.queryByRole('link', { name: 'Go to users' })).not.toBeInTheDocument();
  });

  it('offers an admin election setup and user management', () => {
    renderPage(<HomePage />, { user: ADMIN });
    expect(screen.getByRole('link', { name: 'Go to elections' })).toHaveAttribute(
      'href',
      '/elections',
    );
    expect(screen.getByRole('link', { name: 'Go to users' })).toHaveAttribute('href', '/users');
  });
});
