import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { logger } from '../common/logger.js';
import { projectRoot } from '../common/paths.js';
import { formatError } from './graphql/format-error.js';
import { mountWorkspaceRoutes } from './http/app-routes.js';
import { mountHealthz, type HealthViewer } from './http/healthz.route.js';
import { securityHeaders } from './http/security-headers.js';
import type { HealthProbe } from './infra/health.js';

const log = logger('http');

export interface GraphqlModule<C extends BaseContext> {
  readonly schema: GraphQLSchema;
  readonly context: (req: Request, res: Response) => Promise<C>;
  readonly plugins?: ApolloServerPlugin<C>[];
  readonly validationRules?: ConstructorParameters<typeof ApolloServer<C>>[0]['validationRules'];
  /** How documents are parsed (graphql-js's own token limit), before any validation rule runs. */
  readonly parseOptions?: ConstructorParameters<typeof ApolloServer<C>>[0]['parseOptions'];
  /** Extra routes (login, downloads) mounted before the client. */
  readonly routes?: (app: Express) => void;
}

export interface HttpApp {
  readonly app: Express;
  stop(): Promise<void>;
}

export interface HttpAppOptions {
  /** Who asks for /healthz; only administrators get the component report. */
  readonly healthViewer?: HealthViewer;
}

/** The express app: /healthz, /graphql, the evidence routes, then the built client at its own addresses. */
export async function createHttpApp<C extends BaseContext>(
  health: HealthProbe,
  graphql: GraphqlModule<C>,
  options: HttpAppOptions = {},
): Promise<HttpApp> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);
  mountHealthz(app, health, options.healthViewer);

  const apollo = new ApolloServer<C>({
    schema: graphql.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // casegraph's own signal handler stops Apollo in order; Apollo's would re-raise the signal.
    stopOnTerminationSignals: false,
    // Left on here, where Apollo would decide from process.env itself: the GraphQL module's validation
    // rules refuse introspection where the config turns it off (production).
    introspection: true,
    // casegraph sets no HTTP cache hints (answers are per user and audited); Apollo's cache-control
    // plugin would still run on every field of every answer.
    plugins: [ApolloServerPluginCacheControlDisabled(), ...(graphql.plugins ?? [])],
    ...(graphql.validationRules ? { validationRules: graphql.validationRules } : {}),
    ...(graphql.parseOptions ? { parseOptions: graphql.parseOptions } : {}),
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: ({ req, res }) => graphql.context(req, res) }),
  );
  graphql.routes?.(app);
  mountClient(app);

  return {
    app,
    async stop() {
      await apollo.stop();
    },
  };
}

function mountClient(app: Express): void {
  const dist = path.join(projectRoot(), 'dist', 'client');
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) {
    log.warn('the React client is not built (npm run build:client); / answers 404');
    return;
  }
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  mountWorkspaceRoutes(app, index);
}
