import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import {
  Alert,
  Button,
  Dialog,
  EmptyState,
  PageHeader,
  Spinner,
  Table,
} from '../../../design-system';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ROLE_LABELS } from '../../auth/utils/roles';
import { UPDATE_USER_MUTATION, USERS_QUERY } from '../graphql/users.operations';
import { UserForm, type UserRow } from './UserForm';

type Editing = { kind: 'new' } | { kind: 'edit'; user: UserRow } | null;

function DisableToggle({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const [updateUser, { loading }] = useMutation(UPDATE_USER_MUTATION);
  const [error, setError] = useState<string>();
  if (isSelf) return null;
  return (
    <>
      <Button
        variant={user.disabled ? 'secondary' : 'ghost'}
        size="small"
        loading={loading}
        aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.name}`}
        onClick={() => {
          setError(undefined);
          updateUser({ variables: { input: { id: user.id, disabled: !user.disabled } } }).catch(
            (caught: unknown) => setError(apiProblems(caught)[0]?.message),
          );
        }}
      >
        {user.disabled ? 'Enable' : 'Disable'}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </>
  );
}

export function UsersPage() {
  const me = useCurrentUser();
  const [editing, setEditing] = useState<Editing>(null);
  const { data, loading, error } = useQuery(USERS_QUERY);

  const columns = [
    { key: 'name', header: 'Name', render: (user: UserRow) => user.name },
    { key: 'email', header: 'Email', render: (user: UserRow) => user.email },
    { key: 'role', header: 'Role', render: (user: UserRow) => ROLE_LABELS[user.role] },
    {
      key: 'regions',
      header: 'Regions',
      render: (user: UserRow) =>
        user.role === 'ADMIN'
          ? 'All'
          : user.regions.map((region) => region.code).join(', ') || 'None',
    },
    {
      key: 'status',
      header: 'Status',
      render: (user: UserRow) => (user.disabled ? 'Disabled' : 'Active'),
    },
    {
      key: 'actions',
      header: 'Actions',
      render: (user: UserRow) => (
        <div className="pb-button-row">
          <Button
            variant="ghost"
            size="small"
            aria-label={`Edit ${user.name}`}
            onClick={() => setEditing({ kind: 'edit', user })}
          >
            Edit
          </Button>
          <DisableToggle user={user} isSelf={user.id === me.id} />
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Users"
        description="Admins, coordinators and volunteers. Disabling an account signs it out everywhere."
        actions={<Button onClick={() => setEditing({ kind: 'new' })}>New user</Button>}
      />
      {loading && !data ? <Spinner label="Loading users" /> : null}
      {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
      {data && data.users.length === 0 ? <EmptyState title="No users yet." /> : null}
      {data && data.users.length > 0 ? (
        <Table
          caption="Users"
          hideCaption
          columns={columns}
          rows={data.users}
          rowKey={(user) => user.id}
        />
      ) : null}
      <Dialog
        open={editing !== null}
        title={editing?.kind === 'edit' ? `Edit ${editing.user.name}` : 'New user'}
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <UserForm
            user={editing.kind === 'edit' ? editing.user : undefined}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
    </>
  );
}
