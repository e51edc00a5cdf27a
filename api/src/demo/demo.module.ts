import { Module } from '@nestjs/common';

import { PasswordModule } from '../auth/password.module';
import { CallListsModule } from '../call-lists/call-lists.module';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [PasswordModule, CallListsModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoModule {}
