import { screen } from '@testing-library/react';

import { ADMIN, renderPage, VOLUNTEER } from '../../../test/render';
import { HomePage } from './HomePage';

describe('the home page', () => {
  it('tells a volunteer that call lists arrive with a later release', () => {
    renderPage(<HomePage />, { user: VOLUNTEER });
    expect(screen.getByText(/Call lists arrive with a later release/)).toBeInTheDocument();
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
