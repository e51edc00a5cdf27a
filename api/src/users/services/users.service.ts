import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Role } from '@phonebank/domain';
import { DataSource, In, Repository } from 'typeorm';

import { PasswordService } from '../../auth/services/password.service';
import { SessionCache } from '../../auth/session-cache';
import { Session } from '../../auth/session.entity';
import { AppException } from '../../common/errors/app.exception';
import { Region } from '../../elections/region.entity';
import type { CreateUserInput } from '../dtos/create-user.input';
import type { UpdateUserInput } from '../dtos/update-user.input';
import { User } from '../user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessionCache: SessionCache,
  ) {}

  findByEmail(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.regions', 'region')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  list(): Promise<User[]> {
    return this.users.find({ relations: { regions: true }, order: { name: 'ASC' } });
  }

  count(): Promise<number> {
    return this.users.count();
  }

  private async regionsById(regionIds: string[]): Promise<Region[]> {
    const unique = [...new Set(regionIds)];
    if (unique.length === 0) return [];
    const regions = await this.dataSource.getRepository(Region).findBy({ id: In(unique) });
    const missing = unique.filter((id) => !regions.some((region) => region.id === id));
    if (missing.length > 0)
      throw AppException.badInput('regionIds', `region ${missing[0]} does not exist.`);
    return regions;
  }

  private static checkRegionsForRole(role: Role, regions: Region[]): void {
    if (role === Role.COORDINATOR && regions.length === 0) {
      throw AppException.badInput('regionIds', 'a coordinator must cover at least one region.');
    }
  }

  async create(input: CreateUserInput): Promise<User> {
    const regions = await this.regionsById(input.regionIds ?? []);
    UsersService.checkRegionsForRole(input.role, regions);
    const user = this.users.create({
      email: input.email.trim(),
      name: input.name.trim(),
      role: input.role,
      passwordHash: await this.passwords.hash(input.password),
      disabledAt: null,
      regions,
    });
    return this.users.save(user);
  }

  /** Applies the changes in one transaction; disabling or a new password ends every session. */
  async update(input: UpdateUserInput, actingUserId: string): Promise<User> {
    const user = await this.users.findOne({
      where: { id: input.id },
      relations: { regions: true },
    });
    if (!user) throw AppException.notFound('User', input.id);
    if (
      input.id === actingUserId &&
      (input.disabled === true || (input.role && input.role !== Role.ADMIN))
    ) {
      throw AppException.badInput(
        input.disabled ? 'disabled' : 'role',
        'you cannot disable yourself or take away your own admin role.',
      );
    }
    if (input.name !== undefined) user.name = input.name.trim();
    if (input.role !== undefined) user.role = input.role;
    if (input.regionIds !== undefined) user.regions = await this.regionsById(input.regionIds);
    UsersService.checkRegionsForRole(user.role, user.regions);
    if (input.disabled !== undefined)
      user.disabledAt = input.disabled ? (user.disabledAt ?? new Date()) : null;
    if (input.password !== undefined) user.passwordHash = await this.passwords.hash(input.password);
    const signOut = input.disabled === true || input.password !== undefined;
    const saved = await this.dataSource.transaction(async (manager) => {
      const changed = await manager.save(user);
      if (signOut) {
        await manager
          .createQueryBuilder()
          .update(Session)
          .set({ revokedAt: () => 'now()' })
          .where('user_id = :id AND revoked_at IS NULL', { id: user.id })
          .execute();
      }
      return changed;
    });
    // Every process hears of it from the database; this one must not wait to.
    this.sessionCache.forget(user.id);
    return saved;
  }
}
