import '../dashboards.css';

import { apiProblems } from '../../../apollo/errors';
import { Alert, Card, EmptyState, PageHeader, Spinner } from '../../../design-system';
import { Link, useParams } from '../../../router';
import { useRegionTally } from '../hooks/useRegionTally';
import { count, decimal, seats } from '../utils/dashboard-format';
import { FigureList } from './FigureList';
import { FirstPreferencesChart } from './FirstPreferencesChart';
import { LiveIndicator } from './LiveIndicator';
import { PledgeStatusChart } from './PledgeStatusChart';
import { PledgesOverTimeChart } from './PledgesOverTimeChart';
import { ProjectionPanel } from './ProjectionPanel';
import { SecondPreferenceCandidatesChart } from './SecondPreferenceCandidatesChart';
import { SecondPreferenceChart } from './SecondPreferenceChart';
import { TransferHeatMap } from './TransferHeatMap';
import { VolunteerActivityTable } from './VolunteerActivityTable';

/** One region, live: pledges and preferences as charts, calling activity, the projection. */
export function RegionDashboardPage() {
  const { regionId = '' } = useParams();
  const { tally, loading, error, liveError } = useRegionTally(regionId);
  const back = <Link to="/dashboard">All regions</Link>;

  if (loading) return <Spinner label="Loading the region’s dashboard" />;
  if (!tally) {
    return (
      <>
        <PageHeader title="Region dashboard" />
        {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
        <EmptyState title="There is no such region, or not in your regions." action={back} />
      </>
    );
  }

  const { region } = tally;
  return (
    <>
      <p className="pb-back-link">{back}</p>
      <PageHeader
        title={`${region.code}: ${region.name}`}
        description={`${seats(region.seats)} · quota ${decimal.format(tally.quota)}`}
        actions={<LiveIndicator countedAt={tally.countedAt} refused={Boolean(liveError)} />}
      />
      <div className="pb-stack">
        {error ? (
          <Alert tone="error">{`Not up to date: ${apiProblems(error)[0]?.message}`}</Alert>
        ) : null}
        <FigureList
          figures={[
            ['Members', count.format(tally.members)],
            ['Called', count.format(tally.called)],
            ['Reached', count.format(tally.reached)],
            ['Pledged', count.format(tally.pledged)],
            ['Will rank ours next', count.format(tally.secondPreferenceAgreed)],
            ['Have their ballot', count.format(tally.ballotsReceived)],
            ['Voted', count.format(tally.voted)],
          ]}
        />
        <div className="pb-dashboard-grid">
          <div className="pb-dashboard-grid__wide">
            <Card>
              <FirstPreferencesChart
                firstPreferences={tally.firstPreferences}
                quota={tally.quota}
              />
            </Card>
          </div>
          <Card>
            <PledgeStatusChart pledgeStatuses={tally.pledgeStatuses} />
          </Card>
          <Card>
            <SecondPreferenceChart secondPreferences={tally.secondPreferences} />
            <SecondPreferenceCandidatesChart
              headingLevel={3}
              secondPreferenceCandidates={tally.secondPreferenceCandidates}
            />
          </Card>
          <div className="pb-dashboard-grid__wide">
            <Card>
              <PledgesOverTimeChart days={tally.days} />
            </Card>
          </div>
          <div className="pb-dashboard-grid__wide">
            <Card title="Transfers">
              <TransferHeatMap candidates={region.candidates} transfers={tally.transfers} />
            </Card>
          </div>
          <div className="pb-dashboard-grid__wide">
            <ProjectionPanel region={region} />
          </div>
          <div className="pb-dashboard-grid__wide">
            <Card title="Volunteers">
              <VolunteerActivityTable volunteers={tally.volunteers} />
            </Card>
          </div>
        </div>
      </div>
    </>
  );
}
