import { Alert, Card, DetailList } from '../../../design-system';
import { type ClaimFieldsFragment } from '../../../gql/graphql';
import { memberName } from '../../members/utils/member-labels';

/** Who to call: name, region, and the number as a large link that dials on a phone. */
export function ClaimedMember({ claim }: { claim: ClaimFieldsFragment }) {
  const { member } = claim;
  const name = memberName(member);
  return (
    <Card title={name}>
      {member.phone ? (
        <a
          className="pb-call-link"
          href={`tel:${member.phone}`}
          aria-label={`Call ${name} on ${member.phone}`}
        >
          <span aria-hidden="true">☎ </span>
          <span className="pb-number">{member.phone}</span>
        </a>
      ) : (
        <Alert tone="error">This member has no phone number. Skip them.</Alert>
      )}
      {member.sharedPhone ? (
        <Alert tone="info">
          This number is shared with another member (a household or a shared phone). Ask for {name}{' '}
          by name.
        </Alert>
      ) : null}
      <DetailList
        items={[
          {
            term: 'Region',
            value: member.region ? `${member.region.code}: ${member.region.name}` : 'None',
          },
          { term: 'Membership number', value: member.membershipNumber },
          ...(member.phoneType
            ? [{ term: 'Phone type', value: member.phoneType.toLowerCase() }]
            : []),
        ]}
      />
    </Card>
  );
}
