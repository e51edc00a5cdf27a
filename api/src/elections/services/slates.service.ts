import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { checkColour, checkName } from '@phonebank/domain';
import { Repository } from 'typeorm';

import { AppException, assertValid } from '../../common/errors/app.exception';
import type { CreateSlateInput, UpdateSlateInput } from '../dtos/slate.inputs';
import { Slate } from '../slate.entity';
import { ElectionsService } from './elections.service';

// Distinct, colour-blind-friendly defaults (Okabe–Ito), taken in turn for new slates.
const PALETTE = [
  '#d55e00',
  '#0072b2',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#f0e442',
  '#000000',
];

@Injectable()
export class SlatesService {
  constructor(
    @InjectRepository(Slate) private readonly slates: Repository<Slate>,
    private readonly elections: ElectionsService,
  ) {}

  async get(id: string): Promise<Slate> {
    const slate = await this.slates.findOneBy({ id });
    if (!slate) throw AppException.notFound('Slate', id);
    return slate;
  }

  async create(input: CreateSlateInput): Promise<Slate> {
    const election = await this.elections.getReferenced(input.electionId);
    assertValid([
      ...checkName('name', input.name),
      ...(input.colour ? checkColour(input.colour) : []),
    ]);
    const existing = await this.slates.countBy({ electionId: election.id });
    return this.slates.save(
      this.slates.create({
        electionId: election.id,
        name: input.name.trim(),
        ours: input.ours,
        colour: (input.colour ?? PALETTE[existing % PALETTE.length]).toLowerCase(),
      }),
    );
  }

  async update(input: UpdateSlateInput): Promise<Slate> {
    const slate = await this.get(input.id);
    assertValid([
      ...(input.name !== undefined ? checkName('name', input.name) : []),
      ...(input.colour !== undefined ? checkColour(input.colour) : []),
    ]);
    await this.slates.update(slate.id, {
      ...(input.name !== undefined && { name: input.name.trim() }),
      ...(input.ours !== undefined && { ours: input.ours }),
      ...(input.colour !== undefined && { colour: input.colour.toLowerCase() }),
    });
    return this.get(slate.id);
  }

  async remove(id: string): Promise<string> {
    const slate = await this.get(id);
    await this.slates.delete(slate.id);
    return id;
  }
}
