import { useMutation, useQuery } from '@apollo/client/react';
import { checkName } from '@phonebank/domain';
import { type FormEvent, useState } from 'react';

import { fieldsNamed } from '../../../apollo/errors';
import { Button, Checkbox, ErrorMessages, Select, TextField } from '../../../design-system';
import { useFormProblems } from '../../../forms/useFormProblems';
import { type Role, type UsersQuery } from '../../../gql/graphql';
import { ROLE_OPTIONS } from '../../auth/utils/roles';
import {
  CREATE_USER_MUTATION,
  REGION_CHOICES_QUERY,
  UPDATE_USER_MUTATION,
} from '../graphql/users.operations';

export type UserRow = UsersQuery['users'][number];

export interface UserFormProps {
  /** The user to edit; without it the form creates one. */
  user?: UserRow;
  onDone: () => void;
}

const placeField = fieldsNamed('email', 'name', 'role', 'password', 'regionIds');
const REFETCH_USERS = { refetchQueries: ['Users'], awaitRefetchQueries: true };

function requireFilled(field: string, value: string, message: string) {
  return value.trim() ? [] : [{ field, message }];
}

export function UserForm({ user, onDone }: UserFormProps) {
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'VOLUNTEER');
  const [password, setPassword] = useState('');
  const [regionIds, setRegionIds] = useState<string[]>(
    user?.regions.map((region) => region.id) ?? [],
  );
  const { data: choices } = useQuery(REGION_CHOICES_QUERY);
  const [createUser] = useMutation(CREATE_USER_MUTATION, REFETCH_USERS);
  const [updateUser] = useMutation(UPDATE_USER_MUTATION, REFETCH_USERS);
  const form = useFormProblems(
    [
      ...(user ? [] : requireFilled('email', email, 'Enter the email address.')),
      ...checkName('name', name),
      ...(user ? [] : requireFilled('password', password, 'Choose a first password to give them.')),
    ],
    placeField,
  );

  function toggleRegion(id: string, on: boolean): void {
    setRegionIds((previous) => (on ? [...previous, id] : previous.filter((other) => other !== id)));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const ok = await form.submit(() =>
      user
        ? updateUser({
            variables: {
              input: {
                id: user.id,
                name: name.trim(),
                role,
                regionIds,
                ...(password ? { password } : {}),
              },
            },
          })
        : createUser({
            variables: {
              input: { email: email.trim(), name: name.trim(), role, password, regionIds },
            },
          }),
    );
    if (ok) onDone();
  }

  return (
    <form className="pb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorMessages messages={form.messages} />
      {user ? null : (
        <TextField
          label="Email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(value) => {
            setEmail(value);
            form.touch('email');
          }}
          error={form.errorFor('email')}
        />
      )}
      <TextField
        label="Name"
        value={name}
        onChange={(value) => {
          setName(value);
          form.touch('name');
        }}
        error={form.errorFor('name')}
      />
      <Select
        label="Role"
        value={role}
        options={ROLE_OPTIONS}
        onChange={setRole}
        error={form.errorFor('role')}
      />
      <TextField
        label={user ? 'New password (leave empty to keep)' : 'First password'}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(value) => {
          setPassword(value);
          form.touch('password');
        }}
        error={form.errorFor('password')}
      />
      {role === 'ADMIN' ? null : (
        <fieldset className="pb-fieldset">
          <legend>Regions</legend>
          {form.errorFor('regionIds') ? (
            <p className="pb-field__error">{form.errorFor('regionIds')}</p>
          ) : null}
          {(choices?.elections ?? []).map((election) => (
            <div key={election.id}>
              <p className="pb-field__hint">{election.name}</p>
              {election.regions.map((region) => (
                <Checkbox
                  key={region.id}
                  label={`${region.code}: ${region.name}`}
                  checked={regionIds.includes(region.id)}
                  onChange={(on) => toggleRegion(region.id, on)}
                />
              ))}
            </div>
          ))}
        </fieldset>
      )}
      <div className="pb-button-row">
        <Button type="submit" loading={form.submitting}>
          {user ? 'Save user' : 'Create user'}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
