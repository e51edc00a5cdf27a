import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_POSTCODE_AREAS, Role } from '@phonebank/domain';
import { DataSource, type EntityManager, In } from 'typeorm';

import { PasswordService } from '../auth/services/password.service';
import { CallListVolunteersService } from '../call-lists/services/call-list-volunteers.service';
import { CallListsService } from '../call-lists/services/call-lists.service';
import { Candidate } from '../elections/candidate.entity';
import { Election } from '../elections/election.entity';
import { Region } from '../elections/region.entity';
import { RegionPostcodeArea } from '../elections/region-postcode-area.entity';
import { Slate } from '../elections/slate.entity';
import { Member } from '../members/member.entity';
import { User } from '../users/user.entity';
import {
  DEMO_ELECTION,
  DEMO_REGIONS,
  DEMO_SLATES,
  type DemoRegion,
  type DemoSlateKey,
  FIRST_NAMES,
  LAST_NAMES,
  MEN_FIRST_NAMES,
  PITCHES,
  seededRandom,
  WOMEN_FIRST_NAMES,
} from './demo-election';
import { DEMO_USERS } from './demo-users';

export const DEMO_MEMBER_COUNT = 3000;
export const DEMO_REGION_COUNT = DEMO_REGIONS.length;

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)];

/** How many candidates each slate runs in a region of `seats`: ours runs a full-ish slate. */
function slateSizes(seats: number): Record<DemoSlateKey, number> {
  return {
    ours: Math.max(2, Math.ceil(seats * 0.6)),
    members: Math.max(1, Math.ceil(seats / 2)),
    renewal: Math.max(1, Math.floor(seats / 2)),
  };
}

@Injectable()
export class DemoDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly callLists: CallListsService,
    private readonly callListVolunteers: CallListVolunteersService,
  ) {}

  /**
   * Loads the demo on a database with no election, whoever its users are (the first admin
   * from ADMIN_EMAIL is made before it); false when an election exists. A demo user whose
   * email is taken already is left out rather than replaced.
   */
  async loadUnlessElectionExists(): Promise<boolean> {
    if ((await this.dataSource.getRepository(Election).count()) > 0) return false;
    const taken = new Set(
      (
        await this.dataSource
          .getRepository(User)
          .findBy({ email: In(DEMO_USERS.map((user) => user.email)) })
      ).map((user) => user.email),
    );
    const demoUsers = DEMO_USERS.filter((user) => !taken.has(user.email));
    const hashes = await Promise.all(demoUsers.map((user) => this.passwords.hash(user.password)));
    await this.dataSource.transaction(async (manager) => {
      const election = await manager.save(manager.create(Election, DEMO_ELECTION));
      const slates = await this.saveSlates(manager, election);
      const random = seededRandom(2022);
      const regions: Region[] = [];
      for (const demoRegion of DEMO_REGIONS) {
        const region = await manager.save(
          manager.create(Region, { electionId: election.id, ...demoRegion }),
        );
        regions.push(region);
        await this.saveCandidates(manager, region, demoRegion, slates, random);
        await this.saveMembers(manager, election, region, demoRegion, random);
      }
      // Postcode areas decide the region of a member file's rows that name none.
      const regionIdByCode = new Map(regions.map((region) => [region.code, region.id]));
      await manager.insert(
        RegionPostcodeArea,
        Object.entries(DEFAULT_POSTCODE_AREAS).flatMap(([area, code]) => {
          const regionId = regionIdByCode.get(code);
          return regionId ? [{ electionId: election.id, area, regionId }] : [];
        }),
      );
      for (const [index, demoUser] of demoUsers.entries()) {
        await manager.save(
          manager.create(User, {
            email: demoUser.email,
            name: demoUser.name,
            role: demoUser.role,
            passwordHash: hashes[index],
            disabledAt: null,
            regions: regions.filter((region) =>
              (demoUser.regionCodes as readonly string[]).includes(region.code),
            ),
          }),
        );
      }
    });
    await this.createDemoCallList();
    return true;
  }

  /** A London list with the demo volunteer on it, so signing in as them shows calling at once. */
  private async createDemoCallList(): Promise<void> {
    const users = this.dataSource.getRepository(User);
    // By the demo's emails: the database may hold other coordinators and volunteers.
    const demoEmail = (role: Role) => DEMO_USERS.find((user) => user.role === role)?.email;
    const coordinator = await users.findOne({
      where: { email: demoEmail(Role.COORDINATOR), role: Role.COORDINATOR },
      relations: { regions: true },
    });
    const volunteer = await users.findOne({
      where: { email: demoEmail(Role.VOLUNTEER), role: Role.VOLUNTEER },
    });
    const london = coordinator?.regions.find((region) => region.code === 'LE');
    if (!coordinator || !volunteer || !london) return;
    const list = await this.callLists.create(coordinator, {
      name: 'London: first calls',
      regionId: london.id,
    });
    await this.callListVolunteers.add(coordinator, list, [volunteer.id]);
  }

  private async saveSlates(
    manager: EntityManager,
    election: Election,
  ): Promise<Map<DemoSlateKey, Slate>> {
    const slates = new Map<DemoSlateKey, Slate>();
    for (const { key, ...slate } of DEMO_SLATES) {
      slates.set(
        key,
        await manager.save(manager.create(Slate, { electionId: election.id, ...slate })),
      );
    }
    return slates;
  }

  private async saveCandidates(
    manager: EntityManager,
    region: Region,
    demoRegion: DemoRegion,
    slates: Map<DemoSlateKey, Slate>,
    random: () => number,
  ): Promise<void> {
    const names = new Set<string>();
    let position = 0;
    for (const [key, size] of Object.entries(slateSizes(demoRegion.seats)) as [
      DemoSlateKey,
      number,
    ][]) {
      for (let i = 0; i < size; i += 1, position += 1) {
        // Alternate women and men, and tag every third BAME, so each region's minima can bite.
        const woman = position % 2 === 0;
        const tags = [...(woman ? ['woman'] : []), ...(position % 3 === 1 ? ['bame'] : [])];
        let name: string;
        do
          name = `${pick(random, woman ? WOMEN_FIRST_NAMES : MEN_FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
        while (names.has(name));
        names.add(name);
        await manager.insert(Candidate, {
          regionId: region.id,
          slateId: slates.get(key)?.id ?? null,
          name,
          tags,
          pitch: key === 'ours' ? pick(random, PITCHES) : null,
        });
      }
    }
  }

  private async saveMembers(
    manager: EntityManager,
    election: Election,
    region: Region,
    demoRegion: DemoRegion,
    random: () => number,
  ): Promise<void> {
    const count = Math.round(DEMO_MEMBER_COUNT * demoRegion.share);
    const offset = DEMO_REGIONS.slice(0, DEMO_REGIONS.indexOf(demoRegion)).reduce(
      (sum, r) => sum + Math.round(DEMO_MEMBER_COUNT * r.share),
      0,
    );
    const members = Array.from({ length: count }, (_, i) => {
      const firstName = pick(random, FIRST_NAMES);
      const lastName = pick(random, LAST_NAMES);
      const prefix = demoRegion.phonePrefixes[i % demoRegion.phonePrefixes.length];
      const line = Math.floor(i / demoRegion.phonePrefixes.length);
      const area = pick(random, demoRegion.postcodeAreas);
      return {
        electionId: election.id,
        regionId: region.id,
        membershipNumber: `M${String(100001 + offset + i)}`,
        firstName,
        lastName,
        phone: `${prefix}${String(line).padStart(3, '0')}`,
        email: `${firstName}.${lastName}.${offset + i}@members.example`.toLowerCase(),
        postcode: `${area}${1 + Math.floor(random() * 9)} ${1 + Math.floor(random() * 9)}${pick(random, ['AA', 'AB', 'BD', 'DE', 'HT'])}`,
        // From the index, not the seeded stream, so adding tags changed no other demo value.
        tags: [...(i % 5 === 0 ? ['union'] : []), ...(i % 7 === 0 ? ['young-members'] : [])],
      };
    });
    for (let start = 0; start < members.length; start += 500) {
      await manager.insert(Member, members.slice(start, start + 500));
    }
  }
}
