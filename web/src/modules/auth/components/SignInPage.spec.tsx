import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { renderPage } from '../../../test/render';
import { LOGIN_MUTATION, ME_QUERY } from '../graphql/auth.operations';
import { SignInPage } from './SignInPage';

const signedOut = {
  request: { query: ME_QUERY },
  result: { data: { me: null } },
  maxUsageCount: 5,
};

function loginFails(code: string, message: string) {
  return {
    request: {
      query: LOGIN_MUTATION,
      variables: { email: 'val@example.org', password: 'wrong horse' },
    },
    result: { errors: [{ message, extensions: { code } }] },
  };
}

async function signIn() {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Email'), 'val@example.org');
  await user.type(screen.getByLabelText('Password'), 'wrong horse{Enter}');
}

describe('the sign-in page', () => {
  it('says the email or password is wrong when the server answers UNAUTHENTICATED', async () => {
    renderPage(<SignInPage />, {
      path: '/sign-in',
      mocks: [signedOut, loginFails('UNAUTHENTICATED', 'Unauthenticated')],
    });
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Email or password is wrong, or the account is disabled.',
    );
  });

  it("shows the server's own words when sign-in is rate-limited", async () => {
    renderPage(<SignInPage />, {
      path: '/sign-in',
      mocks: [
        signedOut,
        loginFails('TOO_MANY_REQUESTS', 'Too many attempts; try again in 5 minutes.'),
      ],
    });
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts; try again in 5 minutes.',
    );
  });

  it('returns a volunteer to the page they were sent away from once signed in', async () => {
    const me = {
      __typename: 'User',
      id: 'u1',
      email: 'val@example.org',
      name: 'Val',
      role: 'VOLUNTEER',
      regions: [],
    };
    renderPage(<SignInPage />, {
      path: '/sign-in',
      at: '/sign-in?next=%2Felections%2Fe1',
      otherRoutes: [{ path: '/elections/:id', element: <p>the election page</p> }],
      mocks: [
        signedOut,
        {
          request: {
            query: LOGIN_MUTATION,
            variables: { email: 'val@example.org', password: 'wrong horse' },
          },
          result: { data: { login: me } },
        },
      ],
    });
    await signIn();
    expect(await screen.findByText('the election page')).toBeInTheDocument();
  });

  it('asks for the email before sending anything', async () => {
    const user = userEvent.setup();
    renderPage(<SignInPage />, { path: '/sign-in', mocks: [signedOut] });
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.');
    expect(screen.getByLabelText('Email')).toBeInvalid();
  });

  it('has no serious accessibility problems', async () => {
    const { container } = renderPage(<SignInPage />, { path: '/sign-in', mocks: [signedOut] });
    await screen.findByRole('heading', { name: 'Sign in to Phonebank' });
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });
});
