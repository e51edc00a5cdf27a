import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuthModule } from '../auth/auth.module';
import { CallList } from '../call-lists/call-list.entity';
import { CallListsModule } from '../call-lists/call-lists.module';
import { CallListLiveResolver } from './resolvers/call-list-live.resolver';
import { ActivityListener } from './services/activity-listener.service';
import { CallListFeed } from './services/call-list-feed.service';
import { LiveSockets } from './services/live-sockets.service';

/**
 * Live updates: GraphQL subscriptions over WebSocket, fed by PostgreSQL LISTEN/NOTIFY so a
 * change made through any replica reaches the subscribers of every replica.
 */
@Module({
  imports: [TypeOrmModule.forFeature([CallList]), AuthModule, CallListsModule],
  providers: [ActivityListener, LiveSockets, CallListFeed, CallListLiveResolver],
  exports: [LiveSockets],
})
export class LiveModule {}
