import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getOperationAST,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import * as clientDocuments from '../../client/src/gql/graphql.js';
import { projectRoot } from '../../common/paths.js';
import { protectionParseOptions, protectionRules } from '../../server/graphql/protection/document-limits.js';
import { LIMITS } from '../../server/graphql/protection/limits.js';
import { queryCost } from '../../server/graphql/protection/query-cost.js';
import { StringLengthLimit } from '../../server/graphql/protection/string-length.js';

function apiSchema(): GraphQLSchema {
  const dir = path.join(projectRoot(), 'server', 'graphql', 'modules');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));
  return buildSchema(files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n'));
}

/** A plausible value of an input type, so each document's variables coerce as the client's would. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type)]));
  }
  return { Int: 1, Float: 1, Boolean: true }[type.name] ?? 'a-value';
}

/** Every operation the workspace sends, from the client's generated documents. */
function operations(): [string, string][] {
  return Object.entries(clientDocuments)
    .filter(([name, value]) => name.endsWith('Document') && value instanceof String)
    .map(([name, value]) => [name, String(value)]);
}

/** The limits refuse what attacks send, never what the workspace itself sends. */
describe('GraphQL protection and the workspace', () => {
  const schema = apiSchema();

  it.each(operations())('lets the client document %s through every limit', (_name, text) => {
    const document = parse(text, protectionParseOptions);
    const rules = [...specifiedRules, ...protectionRules({ introspection: false })];
    expect(validate(schema, document, rules).map((e) => e.message)).toEqual([]);
    const operation = getOperationAST(document)!;
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((d) => [
        d.variable.name.value,
        sample(typeFromAST(schema, d.type as never) as GraphQLInputType),
      ]),
    );
    expect(() => new StringLengthLimit().check(schema, document, operation, variables)).not.toThrow();
    const cost = queryCost(schema, document, operation, variables);
    expect(cost).not.toBeNull();
    expect(cost!).toBeLessThanOrEqual(LIMITS.maxCost);
  });

  it('counts a list size given as a variable, and a null one as the default page it leaves', () => {
    const document = parse('query($n: Int) { case(id: "c") { graph(maxNodes: $n) { nodes { ref } } } }');
    const cost = (n: unknown) => queryCost(schema, document, getOperationAST(document)!, { n });
    expect(cost(10)).toBe(1 + (1 + 10 * (1 + 1)));
    expect(cost(null)).toBe(cost(1000));
    expect(cost(5000)).toBe(2 + 5000 * 2);
  });

  it('finds the documents to check', () => {
    expect(operations().length).toBeGreaterThan(20);
  });
});
