import { type PledgeStatus } from '../../../gql/graphql';

export const PLEDGE_STATUS_LABELS: Readonly<Record<PledgeStatus, string>> = {
  PLEDGED: 'Pledged',
  LEANING: 'Leaning',
  UNDECIDED: 'Undecided',
  AGAINST: 'Against',
  NOT_VOTING: 'Not voting',
};

export function memberName(member: {
  firstName: string;
  lastName: string;
  erased: boolean;
  membershipNumber: string;
}): string {
  if (member.erased) return 'Erased member';
  const name = `${member.firstName} ${member.lastName}`.trim();
  return name || `Member ${member.membershipNumber}`;
}
