import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { SessionService } from '../../auth/services/session.service';
import { CallList } from '../../call-lists/call-list.entity';
import { CALL_LIST_ACTIVITY_CHANNEL, LIVE_COALESCE_MS } from '../live.constants';
import { ActivityListener } from './activity-listener.service';
import { LiveTopic, type LiveSubscriber } from './live-topic';

/**
 * Call lists as calls are recorded on them. Every subscriber of a list in this process gets
 * the same list object, so its size, remaining and progress are counted once per push
 * (CallListProgressService counts once per list object), not once per screen.
 */
@Injectable()
export class CallListFeed {
  private readonly topic: LiveTopic<CallList>;

  constructor(
    @InjectRepository(CallList) callLists: Repository<CallList>,
    sessions: SessionService,
    listener: ActivityListener,
  ) {
    this.topic = new LiveTopic<CallList>({
      name: 'call list',
      load: async (id) => (await callLists.findOne({ where: { id } })) ?? undefined,
      liveSessions: (ids) => sessions.liveSessionIds(ids),
      coalesceMs: LIVE_COALESCE_MS,
      logger: new Logger('Live'),
    });
    listener.listen(CALL_LIST_ACTIVITY_CHANNEL, (id) => this.topic.changed(id));
    listener.onResume(() => this.topic.changedAll());
  }

  watch(callListId: string, subscriber: LiveSubscriber): AsyncIterableIterator<CallList> {
    return this.topic.watch(callListId, subscriber);
  }
}
