import { Injectable } from '@nestjs/common';

import { AppErrorCode, AppException } from '../../common/errors/app.exception';
import { mayReadRegionTally } from '../../tallies/region-tally-readers';
import type { RegionTallyModel } from '../../tallies/tallies.models';
import { TalliesService } from '../../tallies/tallies.service';
import { REGION_ACTIVITY_CHANNEL } from '../live.constants';
import type { LivePush, LiveSubscriber, LiveTopic } from './live-topic';
import { LiveTopics } from './live-topics.service';

/** Region tallies as calls and pledges are recorded: one count per push, shared by all. */
@Injectable()
export class RegionTallyFeed {
  private readonly topic: LiveTopic<RegionTallyModel>;

  constructor(tallies: TalliesService, topics: LiveTopics) {
    this.topic = topics.create(REGION_ACTIVITY_CHANNEL, {
      name: 'region tally',
      load: async (regionId) => {
        try {
          return await tallies.regionTally(regionId);
        } catch (error) {
          if (error instanceof AppException && error.code === AppErrorCode.NOT_FOUND)
            return undefined; // the region was deleted
          throw error;
        }
      },
      mayWatch: (regionId, _tally, users) =>
        new Set(users.filter((user) => mayReadRegionTally(user, regionId)).map((user) => user.id)),
    });
  }

  watch(
    regionId: string,
    subscriber: LiveSubscriber,
  ): AsyncIterableIterator<LivePush<RegionTallyModel>> {
    return this.topic.watch(regionId, subscriber);
  }
}
