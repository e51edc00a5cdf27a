import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuthModule } from '../auth/auth.module';
import { CallList } from '../call-lists/call-list.entity';
import { CallListsModule } from '../call-lists/call-lists.module';
import { NotificationListenerModule } from '../database/notification-listener.module';
import { TalliesModule } from '../tallies/tallies.module';
import { CallListLiveResolver } from './resolvers/call-list-live.resolver';
import { RegionTallyLiveResolver } from './resolvers/region-tally-live.resolver';
import { CallListFeed } from './services/call-list-feed.service';
import { LiveSockets } from './services/live-sockets.service';
import { LiveTopics } from './services/live-topics.service';
import { RegionTallyFeed } from './services/region-tally-feed.service';

/**
 * Live updates: GraphQL subscriptions over WebSocket, fed by PostgreSQL LISTEN/NOTIFY so a
 * change made through any replica reaches the subscribers of every replica.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([CallList]),
    AuthModule,
    CallListsModule,
    NotificationListenerModule,
    TalliesModule,
  ],
  providers: [
    LiveSockets,
    LiveTopics,
    CallListFeed,
    CallListLiveResolver,
    RegionTallyFeed,
    RegionTallyLiveResolver,
  ],
  exports: [LiveSockets],
})
export class LiveModule {}
