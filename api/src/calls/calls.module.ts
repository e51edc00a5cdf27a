import { Module } from '@nestjs/common';

import { CoalescedNotifierModule } from '../database/coalesced-notifier.module';
import { PledgesModule } from '../pledges/pledges.module';
import { CallsResolver } from './calls.resolver';
import { ClaimConnections } from './claim-connections';
import { ClaimFieldsResolver } from './claim-fields.resolver';
import { CallOutcomesService } from './services/call-outcomes.service';
import { ClaimsService } from './services/claims.service';

@Module({
  imports: [CoalescedNotifierModule, PledgesModule],
  providers: [
    ClaimConnections,
    ClaimsService,
    CallOutcomesService,
    CallsResolver,
    ClaimFieldsResolver,
  ],
})
export class CallsModule {}
