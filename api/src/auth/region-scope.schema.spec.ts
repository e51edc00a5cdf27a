import { Role } from '@phonebank/domain';
import {
  graphql,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';

import type { User } from '../users/user.entity';
import {
  REGION_FIELD_EXTENSION,
  REGION_SCOPE_EXTENSION,
  type TypeRegionScope,
} from './region-scope.extensions';
import { RegionPermission } from './region-access';
import { enforceRegionScope } from './region-scope.schema';

interface Place {
  id: string;
  name: string;
}

const LONDON = '11111111-1111-4111-8111-111111111111';
const MIDLANDS = '22222222-2222-4222-8222-222222222222';
const PLACES: Place[] = [
  { id: LONDON, name: 'London' },
  { id: MIDLANDS, name: 'Midlands' },
];

// Nest reads a plain @Field property with a function of this name (object-type factory).
function rootFieldResolver(
  source: Record<string, unknown>,
  _args: unknown,
  _c: unknown,
  info: { fieldName: string },
) {
  return source[info.fieldName];
}

const regionScope: TypeRegionScope = {
  permission: RegionPermission.READ,
  regionOf: (place) => (place as Place).id,
};

/** A small schema shaped as Nest builds ours: a region-scoped type, its fields, root fields. */
function schemaWith(options: { scoped?: boolean; figuresDeclared?: boolean } = {}): GraphQLSchema {
  const { scoped = true, figuresDeclared = true } = options;
  const region: GraphQLObjectType = new GraphQLObjectType({
    name: 'Region',
    extensions: scoped ? { [REGION_SCOPE_EXTENSION]: regionScope } : {},
    fields: () => ({
      id: { type: new GraphQLNonNull(GraphQLID), resolve: rootFieldResolver },
      name: { type: new GraphQLNonNull(GraphQLString), resolve: rootFieldResolver },
      pledged: {
        type: GraphQLInt,
        extensions: figuresDeclared ? { [REGION_FIELD_EXTENSION]: RegionPermission.FIGURES } : {},
        resolve: () => 7,
      },
    }),
  });
  // A list that belongs to no region and yet points at the Midlands: its field is checked all the same.
  const callList = new GraphQLObjectType({
    name: 'CallList',
    extensions: { [REGION_SCOPE_EXTENSION]: { ...regionScope, regionOf: () => null } },
    fields: {
      region: {
        type: region,
        extensions: { [REGION_FIELD_EXTENSION]: RegionPermission.READ },
        resolve: () => PLACES[1],
      },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        regions: { type: new GraphQLList(region), resolve: () => PLACES },
        region: {
          type: region,
          args: { regionId: { type: new GraphQLNonNull(GraphQLID) } },
          resolve: (_source, args: { regionId: string }) =>
            PLACES.find((place) => place.id === args.regionId),
        },
        count: {
          type: GraphQLInt,
          args: { regionId: { type: new GraphQLNonNull(GraphQLID) } },
          resolve: () => 3,
        },
        list: { type: callList, resolve: () => ({}) },
      },
    }),
  });
}

const user = (role: Role, regionIds: string[]) =>
  ({ id: 'u', role, regions: regionIds.map((id) => ({ id })) }) as unknown as User;

async function ask(schema: GraphQLSchema, caller: User | undefined, source: string) {
  const req = { user: caller };
  const result = await graphql({ schema, source, contextValue: { req } });
  return {
    data: result.data,
    codes: (result.errors ?? []).map((error) => error.extensions.code),
  };
}

describe('region scope over the schema', () => {
  const noSession = async () => undefined;

  it('refuses to build a schema where a type carrying a region is not region-scoped', () => {
    expect(() => enforceRegionScope(schemaWith({ scoped: false }), noSession)).toThrow(
      'Region is not @RegionScoped',
    );
    const stray = new GraphQLObjectType({
      name: 'Stray',
      fields: { regionId: { type: GraphQLID } },
    });
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { stray: { type: stray } } }),
    });
    expect(() => enforceRegionScope(schema, noSession)).toThrow(
      'Stray.regionId carries a region, but Stray is not @RegionScoped.',
    );
  });

  it('refuses to build a schema where a resolved field of a region-scoped type declares no permission', () => {
    expect(() => enforceRegionScope(schemaWith({ figuresDeclared: false }), noSession)).toThrow(
      'Region.pledged is resolved on a region-scoped type without @RegionField(permission).',
    );
  });

  it('gives a volunteer only their regions in a list, and refuses one of another region however it is reached', async () => {
    const schema = enforceRegionScope(schemaWith(), noSession);
    const volunteer = user(Role.VOLUNTEER, [LONDON]);
    expect(await ask(schema, volunteer, '{ regions { name } }')).toEqual({
      data: { regions: [{ name: 'London' }] },
      codes: [],
    });
    expect(await ask(schema, volunteer, '{ list { region { name } } }')).toEqual({
      data: { list: { region: null } },
      codes: ['FORBIDDEN'],
    });
    expect(await ask(schema, volunteer, `{ count(regionId: "${MIDLANDS}") }`)).toEqual({
      data: { count: null },
      codes: ['FORBIDDEN'],
    });
  });

  it('keeps a region’s figures from its volunteers and gives them to its coordinators and admins', async () => {
    const schema = enforceRegionScope(schemaWith(), noSession);
    const query = `{ region(regionId: "${LONDON}") { pledged } }`;
    expect((await ask(schema, user(Role.VOLUNTEER, [LONDON]), query)).codes).toEqual(['FORBIDDEN']);
    expect(await ask(schema, user(Role.COORDINATOR, [LONDON]), query)).toEqual({
      data: { region: { pledged: 7 } },
      codes: [],
    });
    expect((await ask(schema, user(Role.ADMIN, []), '{ regions { id } }')).data).toEqual({
      regions: [{ id: LONDON }, { id: MIDLANDS }],
    });
  });

  it('gives nobody signed in nothing of any region', async () => {
    const schema = enforceRegionScope(schemaWith(), noSession);
    expect(await ask(schema, undefined, '{ regions { id } }')).toEqual({
      data: { regions: [] },
      codes: [],
    });
  });
});
