import { Module } from '@nestjs/common';

import { PasswordModule } from '../auth/password.module';
import { DemoDataService } from './demo-data.service';

@Module({ imports: [PasswordModule], providers: [DemoDataService], exports: [DemoDataService] })
export class DemoModule {}
