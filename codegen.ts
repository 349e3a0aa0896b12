/**
 * GraphQL Code Generator, both sides from the one SDL in server/graphql/modules/: the schema and
 * resolver types the server is checked against, and the typed documents the client sends. A test
 * fails when either committed output no longer matches what the SDL and documents generate.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'server/graphql/modules/*.graphql',
  generates: {
    // Kept first: the codegen test takes the first output as the server's.
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
          Authorization: '../../../graph/repositories/authorization.repository.js#AuthorizationRecord',
          LinkFeature: '../../linking/linking-types.js#LinkFeature',
          // A person is read through its case; its ties are the case's ties of that person.
          Person: '../../../graph/repositories/person.repository.js#CasePerson',
        },
      },
    },
    // Every graphql(`…`) document in the client, with its result and variables types, so a field
    // the SDL renames or drops fails the client's type check instead of the running workspace.
    'client/src/gql/': {
      preset: 'client',
      documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**'],
      // Views read the fields their fragments select directly; masking would add a call per read.
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        // Documents stay plain strings for fetch(), so the bundle needs no GraphQL parser.
        documentMode: 'string',
        // Answers are read, never changed in place.
        immutableTypes: true,
      },
    },
  },
};

export default config;
