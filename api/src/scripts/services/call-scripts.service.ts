import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type CallScriptStep,
  CallScriptStepType,
  checkCallScript,
  DEFAULT_CALL_SCRIPT,
  normaliseCallScript,
  Role,
} from '@phonebank/domain';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, IsNull, Repository } from 'typeorm';

import { assertCanReachRegion, regionScope } from '../../auth/region-access';
import { CallListsService } from '../../call-lists/services/call-lists.service';
import { AppException, assertValid } from '../../common/errors/app.exception';
import { Election } from '../../elections/election.entity';
import { Region } from '../../elections/region.entity';
import type { User } from '../../users/user.entity';
import { CallScript } from '../call-script.entity';
import { CallScriptVersion } from '../call-script-version.entity';
import { CallScriptModel, CallScriptScope, type CallScriptStepModel } from '../call-script.models';
import type { SaveCallScriptInput } from '../dtos/save-call-script.input';

export const BUILT_IN_SCRIPT_NAME = 'Built-in script';
export const ELECTION_DEFAULT_SCRIPT_NAME = 'Election default';

interface ScriptPlace {
  electionId: string;
  regionId: string | null;
  callListId: string | null;
  /** The name a new script takes when the input gives none. */
  defaultName: string;
}

function scopeOf(script: Pick<CallScript, 'regionId' | 'callListId'>): CallScriptScope {
  if (script.callListId) return CallScriptScope.CALL_LIST;
  if (script.regionId) return CallScriptScope.REGION;
  return CallScriptScope.ELECTION;
}

function stepModel(step: CallScriptStep): CallScriptStepModel {
  return {
    key: step.key,
    type: step.type,
    text: step.text,
    options: step.type === CallScriptStepType.SINGLE_CHOICE ? step.options : [],
    skipIf: step.skipIf ?? null,
  };
}

/**
 * Call scripts: which one applies to a call list, who may read and edit which, and saving
 * (every save is a new, numbered, immutable version). Edit rights follow the script's
 * place: the election default is an admin's; a region's or a list's, its coordinators'.
 */
@Injectable()
export class CallScriptsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CallScript) private readonly scripts: Repository<CallScript>,
    @InjectRepository(CallScriptVersion) private readonly versions: Repository<CallScriptVersion>,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    @InjectRepository(Election) private readonly elections: Repository<Election>,
    private readonly callLists: CallListsService,
  ) {}

  /** The script a list's callers follow: the list's own, its region's, the election's, or built in. */
  async applying(user: User, callListId: string): Promise<CallScriptModel> {
    const list = await this.callLists.reachable(user, callListId);
    const candidates = await this.scripts.find({
      where: [
        { callListId: list.id },
        { regionId: list.regionId, callListId: IsNull() },
        { electionId: list.electionId, regionId: IsNull(), callListId: IsNull() },
      ],
    });
    const rank = (script: CallScript) => (script.callListId ? 0 : script.regionId ? 1 : 2);
    const [script] = candidates.sort((a, b) => rank(a) - rank(b));
    if (!script) return this.builtIn(list.electionId);
    return this.toModel(script, await this.latest(script.id));
  }

  /** An election's scripts the user may see: an admin all; a coordinator the default and their regions'. */
  async list(user: User, electionId: string): Promise<CallScriptModel[]> {
    if (!isUUID(electionId))
      throw AppException.badInput('electionId', 'electionId must be an election id');
    const query = this.scripts
      .createQueryBuilder('script')
      .where('script.election_id = :electionId', { electionId })
      .orderBy('script.region_id', 'ASC', 'NULLS FIRST')
      .addOrderBy('script.call_list_id', 'ASC', 'NULLS FIRST')
      .addOrderBy('script.created_at');
    const scope = regionScope(user);
    if (!scope.all)
      query.andWhere('(script.region_id IS NULL OR script.region_id = ANY(:regionIds))', {
        regionIds: scope.regionIds,
      });
    const scripts = await query.getMany();
    return Promise.all(scripts.map(async (s) => this.toModel(s, await this.latest(s.id))));
  }

  async save(user: User, input: SaveCallScriptInput): Promise<CallScriptModel> {
    const place = await this.placeOf(user, input);
    assertValid(checkCallScript(input.steps));
    const steps = normaliseCallScript(input.steps);
    const name = input.name?.trim() || null;
    const scriptId = await this.dataSource.transaction(async (manager) => {
      const script = await this.findOrCreate(manager, place, name);
      const [{ next }] = await manager.query<{ next: number }[]>(
        'SELECT coalesce(max(version), 0) + 1 AS next FROM call_script_version WHERE script_id = $1',
        [script.id],
      );
      await manager.getRepository(CallScriptVersion).insert({
        scriptId: script.id,
        version: next,
        steps,
        createdById: user.id,
      });
      return script.id;
    });
    const script = await this.scripts.findOneByOrFail({ id: scriptId });
    return this.toModel(script, await this.latest(scriptId));
  }

  /** Deletes a script and its versions; call records keep their outcome, losing only the link. */
  async delete(user: User, id: string): Promise<boolean> {
    const script = isUUID(id) ? await this.scripts.findOneBy({ id }) : null;
    if (!script) throw AppException.notFound('Call script', id);
    this.assertCanEdit(user, script);
    await this.scripts.delete(script.id);
    return true;
  }

  private assertCanEdit(user: User, script: Pick<CallScript, 'regionId'>): void {
    if (script.regionId === null) {
      if (user.role !== Role.ADMIN)
        throw AppException.forbidden('Only an admin edits the election’s default script.');
      return;
    }
    assertCanReachRegion(user, script.regionId);
  }

  /** Where a save goes, once the user is known to be allowed to edit there. */
  private async placeOf(user: User, input: SaveCallScriptInput): Promise<ScriptPlace> {
    if (input.callListId) {
      const list = await this.callLists.manageable(user, input.callListId);
      if (list.electionId !== input.electionId)
        throw AppException.badInput('callListId', 'callListId names a list of another election.');
      if (input.regionId && input.regionId !== list.regionId)
        throw AppException.badInput('regionId', 'regionId is not the region of this call list.');
      return {
        electionId: list.electionId,
        regionId: list.regionId,
        callListId: list.id,
        defaultName: list.name,
      };
    }
    if (input.regionId) {
      const region = await this.regions.findOneBy({ id: input.regionId });
      if (!region) throw AppException.notFound('Region', input.regionId);
      assertCanReachRegion(user, region.id);
      if (region.electionId !== input.electionId)
        throw AppException.badInput('regionId', 'regionId names a region of another election.');
      return {
        electionId: region.electionId,
        regionId: region.id,
        callListId: null,
        defaultName: region.name,
      };
    }
    this.assertCanEdit(user, { regionId: null });
    if (!(await this.elections.existsBy({ id: input.electionId })))
      throw AppException.notFound('Election', input.electionId);
    return {
      electionId: input.electionId,
      regionId: null,
      callListId: null,
      defaultName: ELECTION_DEFAULT_SCRIPT_NAME,
    };
  }

  /**
   * The place's script, locked for this transaction so versions are numbered one at a time.
   * Two first saves racing on one place meet the unique index: one gets CONFLICT.
   */
  private async findOrCreate(
    manager: EntityManager,
    place: ScriptPlace,
    name: string | null,
  ): Promise<CallScript> {
    const repository = manager.getRepository(CallScript);
    const where = place.callListId
      ? { callListId: place.callListId }
      : place.regionId
        ? { regionId: place.regionId, callListId: IsNull() }
        : { electionId: place.electionId, regionId: IsNull(), callListId: IsNull() };
    const existing = await repository.findOne({ where, lock: { mode: 'pessimistic_write' } });
    if (existing) {
      if (name && name !== existing.name) await repository.update(existing.id, { name });
      return existing;
    }
    return repository.save({
      electionId: place.electionId,
      regionId: place.regionId,
      callListId: place.callListId,
      name: name ?? place.defaultName,
    });
  }

  private latest(scriptId: string): Promise<CallScriptVersion> {
    return this.versions.findOneOrFail({
      where: { scriptId },
      order: { version: 'DESC' },
      relations: { createdBy: true },
    });
  }

  private toModel(script: CallScript, version: CallScriptVersion): CallScriptModel {
    return {
      id: script.id,
      scope: scopeOf(script),
      electionId: script.electionId,
      regionId: script.regionId,
      callListId: script.callListId,
      name: script.name,
      version: version.version,
      versionId: version.id,
      steps: version.steps.map(stepModel),
      savedAt: version.createdAt,
      savedBy: version.createdBy?.name ?? null,
    };
  }

  private builtIn(electionId: string): CallScriptModel {
    return {
      id: null,
      scope: CallScriptScope.BUILT_IN,
      electionId,
      regionId: null,
      callListId: null,
      name: BUILT_IN_SCRIPT_NAME,
      version: 0,
      versionId: null,
      steps: DEFAULT_CALL_SCRIPT.map(stepModel),
      savedAt: null,
      savedBy: null,
    };
  }
}
