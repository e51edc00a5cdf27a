import { Module } from '@nestjs/common';

import { FirstPreferenceResolver } from './first-preference.resolver';
import { FirstPreferenceService } from './first-preference.service';
import { PledgeRecorder } from './pledge-recorder';

@Module({
  providers: [PledgeRecorder, FirstPreferenceService, FirstPreferenceResolver],
  exports: [PledgeRecorder, FirstPreferenceService],
})
export class PledgesModule {}
