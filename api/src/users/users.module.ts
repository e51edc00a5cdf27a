import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { PasswordModule } from '../auth/password.module';
import { SessionCacheModule } from '../auth/session-cache.module';
import { Region } from '../elections/region.entity';
import { UsersService } from './services/users.service';
import { User } from './user.entity';
import { UsersResolver } from './users.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([User, Region]), PasswordModule, SessionCacheModule],
  providers: [UsersService, UsersResolver],
  exports: [UsersService],
})
export class UsersModule {}
