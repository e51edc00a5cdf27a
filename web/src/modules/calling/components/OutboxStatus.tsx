import { Alert, Button } from '../../../design-system';
import { type UnsentOutcome } from '../outbox/outbox-store';
import { DISPOSITIONS } from '../utils/dispositions';

export function callsSaved(count: number): string {
  return count === 1
    ? '1 call saved on this phone, it'
    : `${count} calls saved on this phone, they`;
}

export interface OutboxStatusProps {
  queued: number;
  offline: boolean;
  /** Whether a member is on screen: their call can still be recorded offline. */
  holdingMember: boolean;
  unsent: readonly UnsentOutcome[];
  onDismiss: (id: number) => void;
}

/** What the outbox holds: calls waiting for the network, and calls the server refused. */
export function OutboxStatus({
  queued,
  offline,
  holdingMember,
  unsent,
  onDismiss,
}: OutboxStatusProps) {
  return (
    <>
      {offline ? (
        <Alert tone="info" title="Offline">
          <p>
            {queued > 0
              ? `Offline: ${callsSaved(queued)} will be sent when you are back online.`
              : 'Offline: calls you record are saved on this phone and sent when you are back online.'}
          </p>
          <p>
            {holdingMember
              ? 'You can still record this call.'
              : 'The next member comes when you are back online.'}
          </p>
        </Alert>
      ) : null}
      {!offline && queued > 0 ? (
        <p className="pb-muted" role="status">
          {queued === 1 ? 'Sending 1 saved call…' : `Sending ${queued} saved calls…`}
        </p>
      ) : null}
      {unsent.length > 0 ? (
        <Alert tone="error" title="These calls could not be sent">
          <ul className="pb-stack" style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
            {unsent.map((outcome) => (
              <li key={outcome.id}>
                <p>
                  <strong>{outcome.memberName}</strong>
                  {`: ${dispositionLabel(outcome.input.disposition)}, recorded ${timeOfDay(outcome.queuedAt)}. `}
                  {outcome.message}
                </p>
                <Button
                  variant="secondary"
                  size="small"
                  aria-label={`Dismiss the call to ${outcome.memberName}`}
                  onClick={() => onDismiss(outcome.id)}
                >
                  Dismiss
                </Button>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </>
  );
}

function dispositionLabel(value: string): string {
  return DISPOSITIONS.find((choice) => choice.value === value)?.label ?? value;
}

function timeOfDay(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}
