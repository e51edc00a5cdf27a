import { Injectable, Logger } from '@nestjs/common';

import { SessionService } from '../../auth/services/session.service';
import { LIVE_COALESCE_MS } from '../live.constants';
import { NotificationListener } from '../../database/notification-listener.service';
import { LiveTopic, type LiveTopicOptions } from './live-topic';

/** What a kind of thing says about itself; the rest of a topic's options are the same for all. */
export type LiveTopicDefinition<T> = Pick<
  LiveTopicOptions<T>,
  'name' | 'load' | 'mayWatch' | 'refreshMs'
>;

/** Makes the topic for one kind of thing, fed by one notification channel. */
@Injectable()
export class LiveTopics {
  private readonly logger = new Logger('Live');

  constructor(
    private readonly listener: NotificationListener,
    private readonly sessions: SessionService,
  ) {}

  /**
   * A topic whose keys are the ids NOTIFY sends on `channel`; `load` gives a key's state
   * (undefined: it is gone, and its subscriptions end).
   */
  create<T>(channel: string, definition: LiveTopicDefinition<T>): LiveTopic<T> {
    const topic = new LiveTopic<T>({
      ...definition,
      liveSessions: (ids) => this.sessions.liveSessionUsers(ids),
      coalesceMs: LIVE_COALESCE_MS,
      logger: this.logger,
    });
    this.listener.listen(channel, (id) => topic.changed(id));
    this.listener.onResume(() => topic.changedAll());
    return topic;
  }
}
