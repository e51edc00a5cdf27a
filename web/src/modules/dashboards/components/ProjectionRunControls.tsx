import { useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import { Alert, Button, ProgressBar, Select } from '../../../design-system';
import { type useProjectionRun } from '../hooks/useProjectionRun';
import { count } from '../utils/dashboard-format';

const SIMULATIONS = ['1000', '5000', '10000'] as const;

export interface ProjectionRunControlsProps {
  projection: ReturnType<typeof useProjectionRun>;
  /** Where to say what is being projected, e.g. "LE". */
  regionCode: string;
  /** Offers a choice of how many simulations; otherwise 1,000. */
  chooseSimulations?: boolean;
}

/** "Run projection", its progress while the job queue counts, and why it failed if it did. */
export function ProjectionRunControls({
  projection,
  regionCode,
  chooseSimulations = false,
}: ProjectionRunControlsProps) {
  const [simulations, setSimulations] = useState<(typeof SIMULATIONS)[number]>('1000');
  const { running, failed, starting, error, shown } = projection;
  return (
    <div className="pb-stack pb-projection-run">
      {running ? (
        <ProgressBar
          label={`Projecting ${regionCode}`}
          value={Math.round(running.progress * 100)}
          valueText={
            running.status === 'QUEUED'
              ? 'waiting for the job queue'
              : `${count.format(Math.round(running.progress * running.simulations))} of ${count.format(running.simulations)} simulations`
          }
        />
      ) : (
        <div className="pb-button-row pb-projection-run__controls">
          {chooseSimulations ? (
            <Select
              label="Simulations"
              value={simulations}
              options={SIMULATIONS.map((value) => ({
                value,
                label: count.format(Number(value)),
              }))}
              onChange={setSimulations}
            />
          ) : null}
          <Button
            variant={shown ? 'secondary' : 'primary'}
            loading={starting}
            onClick={() => void projection.start(Number(simulations))}
          >
            {shown ? `Run the ${regionCode} projection again` : `Run the ${regionCode} projection`}
          </Button>
        </div>
      )}
      {failed ? (
        <Alert tone="error" title="The projection failed">
          <p>{failed.error ?? 'The job stopped without saying why.'}</p>
        </Alert>
      ) : null}
      {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
    </div>
  );
}
