import { Module } from '@nestjs/common';

import { NotificationListener } from './notification-listener.service';

/** The process's one LISTENing PostgreSQL connection, shared by whoever needs notifications. */
@Module({ providers: [NotificationListener], exports: [NotificationListener] })
export class NotificationListenerModule {}
