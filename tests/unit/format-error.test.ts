import { GraphQLError } from 'graphql';
import { AppError } from '../../common/errors.js';
import { formatError } from '../../server/graphql/format-error.js';

/** What a client is told of an error: domain codes as they are, anything internal masked. */
describe('GraphQL error formatting', () => {
  const inResolver = (original: Error) =>
    new GraphQLError(original.message, { path: ['case'], originalError: original });
  const shown = (original: Error) =>
    formatError({ message: original.message, path: ['case'] }, inResolver(original));

  it('passes a domain error through with its code and public details', () => {
    expect(shown(new AppError('NOT_FOUND', 'case x not found', { field: 'id' }))).toEqual({
      message: 'case x not found',
      path: ['case'],
      extensions: { code: 'NOT_FOUND', field: 'id' },
    });
  });

  it("masks AppError('INTERNAL') exactly like an unknown error, whatever it says", () => {
    const internal = shown(new AppError('INTERNAL', 'decision d-1 was not stored in neo4j://10.0.0.5'));
    const unknown = shown(new Error('Neo4jError: at /srv/casegraph/graph/x.ts:12'));
    expect(internal).toEqual({
      message: 'Internal server error',
      path: ['case'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(unknown).toEqual(internal);
  });
});
