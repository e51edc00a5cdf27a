import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState, useSyncExternalStore } from 'react';

import { RECORD_CALL_OUTCOME_MUTATION } from '../graphql/calling.operations';
import { INITIAL_OUTBOX_STATE, OutboxSender, type OutboxState } from './outbox-sender';
import { OutboxStore, type QueuedOutcome } from './outbox-store';

export interface Outbox extends OutboxState {
  /** Resolves once the outcome is saved on this device. */
  enqueue: (outcome: QueuedOutcome) => Promise<void>;
  dismiss: (id: number) => Promise<void>;
  /** Set when this browser cannot keep outcomes (no IndexedDB, or it refused to open). */
  error?: unknown;
}

const noSubscription = () => () => undefined;
const initialState = () => INITIAL_OUTBOX_STATE;

/** The device's outbox of call outcomes, sending while the page is open. */
export function useOutbox(): Outbox {
  const client = useApolloClient();
  const [sender, setSender] = useState<OutboxSender>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let cancelled = false;
    let store: OutboxStore | undefined;
    let opened: OutboxSender | undefined;
    OutboxStore.open()
      .then((ready) => {
        store = ready;
        if (cancelled) return ready.close();
        opened = new OutboxSender({
          store: ready,
          events: window,
          send: async (input) => {
            await client.mutate({ mutation: RECORD_CALL_OUTCOME_MUTATION, variables: { input } });
          },
        });
        opened.start();
        setSender(opened);
      })
      .catch((failure: unknown) => {
        if (!cancelled) setError(failure);
      });
    return () => {
      cancelled = true;
      opened?.stop();
      store?.close();
    };
  }, [client]);

  const state = useSyncExternalStore(
    sender?.subscribe ?? noSubscription,
    sender?.getState ?? initialState,
  );

  return {
    ...state,
    error,
    enqueue: async (outcome) => {
      if (!sender) throw new Error('The outbox is not open yet.');
      await sender.enqueue(outcome);
    },
    dismiss: async (id) => {
      await sender?.dismiss(id);
    },
  };
}
