import { EmptyState, Table } from '../../../design-system';
import { formatLondonTime } from '../../members/utils/london-time';
import { position, scaleTop } from '../utils/chart-scale';
import { count } from '../utils/dashboard-format';

export interface VolunteerActivity {
  volunteer: { id: string; name: string };
  calls: number;
  reached: number;
  pledged: number;
  lastCallAt?: string | null;
}

export interface VolunteerActivityTableProps {
  volunteers: readonly VolunteerActivity[];
}

/** A number with a small bar beside it: the bar is a picture of the number, so it is hidden. */
function NumberWithBar({ value, top }: { value: number; top: number }) {
  return (
    <span className="pb-mini-bar">
      <span className="pb-number">{count.format(value)}</span>
      <svg className="pb-mini-bar__track" aria-hidden="true" focusable="false">
        <rect className="pb-mini-bar__bar" height="100%" width={position(value, top)} />
      </svg>
    </span>
  );
}

/** Who has been calling for the region: calls, members reached and pledges, busiest first. */
export function VolunteerActivityTable({ volunteers }: VolunteerActivityTableProps) {
  if (volunteers.length === 0) return <EmptyState title="No volunteer has called yet." />;
  const rows = [...volunteers].sort(
    (a, b) => b.calls - a.calls || a.volunteer.name.localeCompare(b.volunteer.name),
  );
  const top = scaleTop(rows.map((row) => row.calls));
  return (
    <Table
      caption="Volunteers’ calls, busiest first"
      hideCaption
      rows={rows}
      rowKey={(row) => row.volunteer.id}
      columns={[
        { key: 'name', header: 'Volunteer', render: (row) => row.volunteer.name },
        {
          key: 'calls',
          header: 'Calls',
          render: (row) => <NumberWithBar value={row.calls} top={top} />,
        },
        {
          key: 'reached',
          header: 'Reached',
          render: (row) => <NumberWithBar value={row.reached} top={top} />,
        },
        {
          key: 'pledged',
          header: 'Pledged',
          render: (row) => <NumberWithBar value={row.pledged} top={top} />,
        },
        {
          key: 'last',
          header: 'Last call',
          render: (row) => (row.lastCallAt ? formatLondonTime(row.lastCallAt) : '—'),
        },
      ]}
    />
  );
}
