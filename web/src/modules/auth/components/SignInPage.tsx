import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import { Alert, Button, Card, Spinner, TextField } from '../../../design-system';
import { Navigate, useNavigate, useSearchParams } from '../../../router';
import { LOGIN_MUTATION, ME_QUERY } from '../graphql/auth.operations';
import { useMe } from '../hooks/useMe';
import { safeReturnPath } from '../utils/return-path';

export const WRONG_CREDENTIALS_MESSAGE = 'Email or password is wrong, or the account is disabled.';

function signInFailure(error: unknown): string {
  const problems = apiProblems(error);
  if (problems.some((problem) => problem.code === 'UNAUTHENTICATED'))
    return WRONG_CREDENTIALS_MESSAGE;
  return problems.map((problem) => problem.message).join(' ');
}

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('next'));
  const navigate = useNavigate();
  const { me, loading } = useMe();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const [failure, setFailure] = useState<string>();
  const [login, { loading: signingIn }] = useMutation(LOGIN_MUTATION, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ME_QUERY, data: { me: data.login } });
    },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const nextMissing = {
      email: email.trim() ? undefined : 'Enter your email address.',
      password: password ? undefined : 'Enter your password.',
    };
    setMissing(nextMissing);
    if (nextMissing.email || nextMissing.password) return;
    setFailure(undefined);
    try {
      await login({ variables: { email: email.trim(), password } });
      navigate(returnTo, { replace: true });
    } catch (error) {
      setFailure(signInFailure(error));
    }
  }

  if (loading) return <Spinner label="Loading" />;
  if (me) return <Navigate to={returnTo} replace />;

  return (
    <main className="pb-sign-in" id="main">
      <Card>
        <h1 className="pb-page-header__title">Sign in to Phonebank</h1>
        <form className="pb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
          {failure ? <Alert tone="error">{failure}</Alert> : null}
          <TextField
            label="Email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={missing.email}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={missing.password}
          />
          <Button type="submit" loading={signingIn}>
            Sign in
          </Button>
        </form>
      </Card>
    </main>
  );
}
