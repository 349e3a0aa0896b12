/**
 * What one GraphQL request may ask of casegraph, in one place. The numbers sit well above what the
 * workspace's own documents need (tests/unit/graphql-protection.test.ts runs every one of them
 * through these limits), and far below what would let one request occupy the server.
 */
export const LIMITS = {
  /** Lexical tokens in a document; the largest screen sends about 110. */
  maxTokens: 2_000,
  /** Nesting of fields; the deepest screen goes 4 deep, and fragments add nothing. */
  maxDepth: 8,
  /** Aliases per operation: each alias runs its field again, an analysis field included. */
  maxAliases: 10,
  /** Directives per operation (@include, @skip). */
  maxDirectives: 20,
  /**
   * Cost units per operation: a field costs 1 plus its selection, times the rows it asks for; the
   * case screen (a 2,000-node drawing) costs about 17,000.
   */
  maxCost: 25_000,
  /** Selections the cost count walks before it gives up on a document (fragments spread many times). */
  maxCostNodes: 10_000,
  /** Characters in any one string input, unless the field is listed in STRING_LIMITS. */
  maxStringLength: 4_000,
} as const;

/**
 * String inputs that may be longer (or must be shorter) than `maxStringLength`, by schema
 * coordinate: `Type.field` for an input field, `Type.field(argument:)` for an argument.
 */
export const STRING_LIMITS: Readonly<Record<string, number>> = {
  // The articulable facts behind a collection, which the gate itself allows up to 5,000 characters.
  'PredicateInput.facts': 5_000,
  'PredicateInput.bulkFacts': 5_000,
};

/** Arguments that say how many rows a list field returns; its selection costs that many times. */
export const LIST_SIZE_ARGUMENTS = ['first', 'limit', 'maxNodes'] as const;

/** The rows assumed when a list size is given as null and the field has no default to fall back on. */
export const ASSUMED_LIST_SIZE = 100;

/**
 * Root fields whose own work outweighs what they return (graph algorithms over up to 50,000
 * relationships), priced so that a handful fill a request.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.communities': 2_500,
  'Query.centralAccounts': 2_500,
  'Query.shortestPath': 500,
  'Query.mediaSpread': 250,
};
