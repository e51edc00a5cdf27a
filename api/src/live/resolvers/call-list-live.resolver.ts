import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';

import { Authenticated } from '../../auth/decorators/access.decorators';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { CallList } from '../../call-lists/call-list.entity';
import { CallListsService } from '../../call-lists/services/call-lists.service';
import type { User } from '../../users/user.entity';
import { CallListFeed } from '../services/call-list-feed.service';
import { type LivePush, livePayload, type LiveSubscriber } from '../services/live-topic';

@Resolver()
export class CallListLiveResolver {
  constructor(
    private readonly callLists: CallListsService,
    private readonly feed: CallListFeed,
  ) {}

  @Authenticated()
  @Subscription(() => CallList, {
    description:
      'The list as it stands now, then again after calls are recorded on it (at most a few times a second). Open to whoever may read the list (the callList query).',
    resolve: (push: LivePush<CallList>) => livePayload(push),
  })
  async callListChanged(
    @CurrentUser() user: User,
    @Args('callListId', { type: () => ID }) callListId: string,
    @Context('subscriber') subscriber: LiveSubscriber,
  ): Promise<AsyncIterableIterator<LivePush<CallList>>> {
    await this.callLists.reachable(user, callListId);
    return this.feed.watch(callListId, subscriber);
  }
}
