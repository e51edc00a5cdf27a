import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { CallList } from '../../call-lists/call-list.entity';
import { CALL_LIST_ACTIVITY_CHANNEL } from '../live.constants';
import type { LiveSubscriber, LiveTopic } from './live-topic';
import { LiveTopics } from './live-topics.service';

/**
 * Call lists as calls are recorded on them. Every subscriber of a list in this process gets
 * the same list object, so its size, remaining and progress are counted once per push
 * (CallListProgressService counts once per list object), not once per screen.
 */
@Injectable()
export class CallListFeed {
  private readonly topic: LiveTopic<CallList>;

  constructor(@InjectRepository(CallList) callLists: Repository<CallList>, topics: LiveTopics) {
    this.topic = topics.create(
      CALL_LIST_ACTIVITY_CHANNEL,
      'call list',
      async (id) => (await callLists.findOne({ where: { id } })) ?? undefined,
    );
  }

  watch(callListId: string, subscriber: LiveSubscriber): AsyncIterableIterator<CallList> {
    return this.topic.watch(callListId, subscriber);
  }
}
