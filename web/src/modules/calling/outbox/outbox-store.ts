import { type RecordCallOutcomeInput } from '../../../gql/graphql';

/** An outcome waiting to reach the server, exactly as it will be sent (with its key). */
export interface QueuedOutcome {
  input: RecordCallOutcomeInput;
  /** Shown in the "could not be sent" list; the claim alone would mean nothing to a caller. */
  memberName: string;
  callListId: string;
  /** ISO 8601. */
  queuedAt: string;
}

/** Set by IndexedDB's key generator, so the oldest entry always has the lowest id. */
export type StoredOutcome = QueuedOutcome & { id: number };

/** An outcome the server refused for good: kept until the caller dismisses it. */
export type UnsentOutcome = StoredOutcome & { message: string; refusedAt: string };

const DATABASE = 'phonebank-outbox';
const QUEUED = 'queued';
const UNSENT = 'unsent';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/**
 * The outbox on this device: outcomes waiting to be sent, oldest first, and those the server
 * refused. Each write is one IndexedDB transaction, so a reload or a closed tab loses nothing
 * that a call to `add` resolved for.
 */
export class OutboxStore {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(name = DATABASE, factory: IDBFactory = indexedDB): Promise<OutboxStore> {
    const request = factory.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(QUEUED, { keyPath: 'id', autoIncrement: true });
      request.result.createObjectStore(UNSENT, { keyPath: 'id' });
    };
    return new OutboxStore(await done(request));
  }

  async add(outcome: QueuedOutcome): Promise<StoredOutcome> {
    const transaction = this.db.transaction(QUEUED, 'readwrite');
    const id = await done(transaction.objectStore(QUEUED).add(outcome));
    await committed(transaction);
    return { ...outcome, id: Number(id) };
  }

  /** Waiting outcomes, oldest first. */
  async queued(): Promise<StoredOutcome[]> {
    return done(
      this.db.transaction(QUEUED).objectStore(QUEUED).getAll() as IDBRequest<StoredOutcome[]>,
    );
  }

  async unsent(): Promise<UnsentOutcome[]> {
    return done(
      this.db.transaction(UNSENT).objectStore(UNSENT).getAll() as IDBRequest<UnsentOutcome[]>,
    );
  }

  async remove(id: number): Promise<void> {
    const transaction = this.db.transaction(QUEUED, 'readwrite');
    transaction.objectStore(QUEUED).delete(id);
    await committed(transaction);
  }

  /** Moves a refused outcome aside in one transaction, so it is never in both lists or neither. */
  async refuse(outcome: StoredOutcome, message: string, refusedAt: Date): Promise<void> {
    const transaction = this.db.transaction([QUEUED, UNSENT], 'readwrite');
    transaction.objectStore(QUEUED).delete(outcome.id);
    const unsent: UnsentOutcome = { ...outcome, message, refusedAt: refusedAt.toISOString() };
    transaction.objectStore(UNSENT).put(unsent);
    await committed(transaction);
  }

  async dismiss(id: number): Promise<void> {
    const transaction = this.db.transaction(UNSENT, 'readwrite');
    transaction.objectStore(UNSENT).delete(id);
    await committed(transaction);
  }

  close(): void {
    this.db.close();
  }
}
