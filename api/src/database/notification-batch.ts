/** A channel and id per notification, in two arrays as PostgreSQL's unnest() takes them. */
export type SendNotifications = (channels: string[], ids: string[]) => Promise<void>;

/**
 * Notifications waiting to be sent, coalesced: the first goes at once, then at most one
 * sending every `intervalMs`, with each channel and id once, and never two at a time.
 * Whatever is added while a sending is under way goes in the next.
 */
export class NotificationBatch {
  private pending = new Map<string, Set<string>>();
  private timer: NodeJS.Timeout | undefined;
  private sending: Promise<void> | undefined;
  private lastSentAt = -Infinity;

  constructor(
    private readonly send: SendNotifications,
    private readonly intervalMs: number,
  ) {}

  add(channel: string, id: string): void {
    const ids = this.pending.get(channel) ?? new Set<string>();
    ids.add(id);
    this.pending.set(channel, ids);
    this.schedule();
  }

  /** Sends everything pending now, and resolves once nothing is left to send. */
  async flush(): Promise<void> {
    while (this.sending || this.pending.size > 0) {
      clearTimeout(this.timer);
      this.timer = undefined;
      if (this.sending) await this.sending;
      else this.sendPending();
    }
  }

  private schedule(): void {
    if (this.timer || this.sending || this.pending.size === 0) return;
    const wait = Math.max(0, this.lastSentAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => this.sendPending(), wait);
  }

  private sendPending(): void {
    this.timer = undefined;
    const channels: string[] = [];
    const ids: string[] = [];
    for (const [channel, channelIds] of this.pending)
      for (const id of channelIds) {
        channels.push(channel);
        ids.push(id);
      }
    this.pending = new Map();
    this.lastSentAt = Date.now();
    this.sending = this.send(channels, ids).finally(() => {
      this.sending = undefined;
      this.schedule();
    });
  }
}
