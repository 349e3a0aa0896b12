/**
 * GraphQL Code Generator: TypeScript types for the schema and its resolvers, generated from the
 * SDL in server/graphql/modules/. Resolvers are checked against them at compile time, and a test
 * fails when the committed file no longer matches the SDL.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'server/graphql/modules/*.graphql',
  generates: {
    'server/graphql/generated/graphql-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // casegraph's records are readonly; the generated types accept them as they are.
        immutableTypes: true,
        mapperTypeSuffix: 'Model',
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        // Resolvers return casegraph's own records; these say which record stands for which type.
        mappers: {
          Case: '../../../graph/repositories/case.repository.js#CaseRecord',
          LinkFeature: '../../linking/linking-types.js#LinkFeature',
        },
      },
    },
  },
};

export default config;
