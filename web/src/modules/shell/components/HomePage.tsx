import { Card, PageHeader } from '../../../design-system';
import { Link } from '../../../router';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ROLE_LABELS } from '../../auth/utils/roles';

export function HomePage() {
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title={`Hello, ${me.name}`}
        description={`You are signed in as ${ROLE_LABELS[me.role].toLowerCase()}.`}
      />
      <div className="pb-grid">
        {me.role === 'ADMIN' ? (
          <>
            <Card title="Set up elections">
              <p>
                Create an election, its regions, seats and reserved places, the slates and the
                candidates.
              </p>
              <Link to="/elections">Go to elections</Link>
            </Card>
            <Card title="Manage users">
              <p>Add coordinators and volunteers, choose their regions, and disable accounts.</p>
              <Link to="/users">Go to users</Link>
            </Card>
            <Card title="Members">
              <p>Import member lists, find members, opt them out or erase them.</p>
              <Link to="/members">Go to members</Link>
            </Card>
            <Card title="Call lists">
              <p>Make call lists from members, add volunteers, watch progress live.</p>
              <Link to="/call-lists">Go to call lists</Link>
            </Card>
            <Card title="Audit log">
              <p>Who imported, exported, opted out, erased or viewed members, and when.</p>
              <Link to="/audit">Go to the audit log</Link>
            </Card>
          </>
        ) : null}
        {me.role === 'COORDINATOR' ? (
          <>
            <Card title="Your regions">
              <p>
                {me.regions.length > 0
                  ? `You coordinate ${me.regions.map((region) => region.name).join(', ')}.`
                  : 'You have no regions yet; ask an admin to add you to one.'}
              </p>
              <Link to="/elections">See the elections</Link>
            </Card>
            <Card title="Members">
              <p>Import your regions' member lists, find members, opt them out, export them.</p>
              <Link to="/members">Go to members</Link>
            </Card>
            <Card title="Call lists">
              <p>
                Make call lists from your regions' members, add volunteers, watch progress live.
              </p>
              <Link to="/call-lists">Go to call lists</Link>
            </Card>
          </>
        ) : null}
        {me.role === 'VOLUNTEER' ? (
          <Card title="Your calls">
            <p>The call lists a coordinator added you to, and the next member to call.</p>
            <Link to="/calling">Start calling</Link>
          </Card>
        ) : null}
      </div>
    </>
  );
}
