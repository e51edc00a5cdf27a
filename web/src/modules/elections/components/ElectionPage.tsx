import { useMutation, useQuery } from '@apollo/client/react';

import { apiProblems } from '../../../apollo/errors';
import { Alert, Card, PageHeader, Spinner } from '../../../design-system';
import { ConfirmDeleteButton } from '../../../forms/ConfirmDeleteButton';
import { Link, useNavigate, useParams } from '../../../router';
import { useIsAdmin } from '../../auth/hooks/useCurrentUser';
import { NotFoundPage } from '../../shell/components/NotFoundPage';
import { DELETE_ELECTION_MUTATION, ELECTION_QUERY } from '../graphql/elections.operations';
import { RULE_LABELS } from '../utils/rule-labels';
import { CandidatesSection } from './CandidatesSection';
import { ElectionForm } from './ElectionForm';
import { RegionsSection } from './RegionsSection';
import { RetentionForm } from './RetentionForm';
import { RetentionWarnings } from './RetentionWarnings';
import { SlatesSection } from './SlatesSection';

export function ElectionPage() {
  const { electionId = '' } = useParams();
  const isAdmin = useIsAdmin();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(ELECTION_QUERY, { variables: { id: electionId } });
  const [deleteElection] = useMutation(DELETE_ELECTION_MUTATION, { refetchQueries: ['Elections'] });

  if (loading && !data) return <Spinner label="Loading the election" />;
  if (error && !data) return <Alert tone="error">{apiProblems(error)[0]?.message}</Alert>;
  const election = data?.election;
  if (!election) return <NotFoundPage />;

  return (
    <>
      <p>
        <Link to="/elections">All elections</Link>
      </p>
      <PageHeader
        title={election.name}
        description={`Counted by ${RULE_LABELS[election.rule]}. ${election.regions.length} regions, ${election.regions.reduce((total, region) => total + region.seats, 0)} seats.`}
        actions={
          isAdmin ? (
            <ConfirmDeleteButton
              thing={`election ${election.name}`}
              consequence="Its regions, slates and candidates will be removed too."
              onConfirm={async () => {
                await deleteElection({ variables: { id: election.id } });
                navigate('/elections');
              }}
            />
          ) : null
        }
      />
      <nav aria-label="Sections of this election">
        <ul className="pb-section-nav">
          {isAdmin ? (
            <li>
              <a href="#details">Details</a>
            </li>
          ) : null}
          {isAdmin ? (
            <li>
              <a href="#retention">Data retention</a>
            </li>
          ) : null}
          <li>
            <a href="#regions">Regions</a>
          </li>
          <li>
            <a href="#slates">Slates</a>
          </li>
          <li>
            <a href="#candidates">Candidates</a>
          </li>
        </ul>
      </nav>
      <div className="pb-stack">
        {isAdmin ? <RetentionWarnings electionId={election.id} /> : null}
        {isAdmin ? (
          <Card id="details" title="Details">
            <ElectionForm key={election.id} election={election} />
          </Card>
        ) : null}
        {isAdmin ? (
          <Card id="retention" title="Data retention">
            <RetentionForm key={election.id} election={election} />
          </Card>
        ) : null}
        <RegionsSection election={election} canEdit={isAdmin} />
        <SlatesSection election={election} canEdit={isAdmin} />
        <CandidatesSection election={election} canEdit={isAdmin} />
      </div>
    </>
  );
}
