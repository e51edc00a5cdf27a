import { Module } from '@nestjs/common';

import { PledgeRecorder } from './pledge-recorder';

@Module({ providers: [PledgeRecorder], exports: [PledgeRecorder] })
export class PledgesModule {}
