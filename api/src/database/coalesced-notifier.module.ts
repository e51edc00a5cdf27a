import { Module } from '@nestjs/common';

import { CoalescedNotifier } from './coalesced-notifier.service';

/** Notifications sent after commit, coalesced (CoalescedNotifier). */
@Module({ providers: [CoalescedNotifier], exports: [CoalescedNotifier] })
export class CoalescedNotifierModule {}
