import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { CallList } from '../../call-lists/call-list.entity';
import { CallListsService } from '../../call-lists/services/call-lists.service';
import { CALL_LIST_ACTIVITY_CHANNEL, CALL_LIST_REFRESH_MS } from '../live.constants';
import type { LivePush, LiveSubscriber, LiveTopic } from './live-topic';
import { LiveTopics } from './live-topics.service';

/**
 * Call lists as calls are recorded on them. Every subscriber of a list in this process gets
 * the same list object, so its size, remaining and progress are counted once per push
 * (CallListProgressService counts once per list object), not once per screen. Claims and
 * leases running out notify nobody (a claim must stay one cheap statement), so a watched
 * list is also counted again every few seconds.
 */
@Injectable()
export class CallListFeed {
  private readonly topic: LiveTopic<CallList>;

  constructor(
    @InjectRepository(CallList) callLists: Repository<CallList>,
    lists: CallListsService,
    topics: LiveTopics,
  ) {
    this.topic = topics.create(CALL_LIST_ACTIVITY_CHANNEL, {
      name: 'call list',
      load: async (id) => (await callLists.findOne({ where: { id } })) ?? undefined,
      mayWatch: (_id, list, users) => lists.readersAmong(list, users),
      refreshMs: CALL_LIST_REFRESH_MS,
    });
  }

  watch(callListId: string, subscriber: LiveSubscriber): AsyncIterableIterator<LivePush<CallList>> {
    return this.topic.watch(callListId, subscriber);
  }
}
