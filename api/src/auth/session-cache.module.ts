import { Module } from '@nestjs/common';

import { NotificationListenerModule } from '../database/notification-listener.module';
import { SessionCache } from './session-cache';

/** The sessions kept in memory; users and auth forget them when they change a sign-in. */
@Module({
  imports: [NotificationListenerModule],
  providers: [SessionCache],
  exports: [SessionCache],
})
export class SessionCacheModule {}
