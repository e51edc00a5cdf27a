import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';

import { Roles } from '../../auth/decorators/access.decorators';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { RegionPermission, requireRegionAccess } from '../../auth/region-access';
import { REGION_TALLY_READERS } from '../../tallies/region-tally-readers';
import { RegionTallyModel } from '../../tallies/tallies.models';
import type { User } from '../../users/user.entity';
import { type LivePush, livePayload, type LiveSubscriber } from '../services/live-topic';
import { RegionTallyFeed } from '../services/region-tally-feed.service';

@Resolver()
export class RegionTallyLiveResolver {
  constructor(private readonly feed: RegionTallyFeed) {}

  @Roles(...REGION_TALLY_READERS)
  @Subscription(() => RegionTallyModel, {
    description:
      "A region's tally now, then again after calls and pledges are recorded in it (at most a few times a second). Coordinators: their regions only.",
    resolve: (push: LivePush<RegionTallyModel>) => livePayload(push),
  })
  regionTallyChanged(
    @CurrentUser() user: User,
    @Args('regionId', { type: () => ID }) regionId: string,
    @Context('subscriber') subscriber: LiveSubscriber,
  ): AsyncIterableIterator<LivePush<RegionTallyModel>> {
    requireRegionAccess(user, { permission: RegionPermission.FIGURES, regionIds: [regionId] });
    return this.feed.watch(regionId, subscriber);
  }
}
