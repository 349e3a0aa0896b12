/** Sign-in, the signed-in user, and user management for administrators. */
import { AppError } from '../../../common/errors.js';
import type { AccessCache } from '../../auth/access-cache.js';
import type { AuthService } from '../../auth/auth.service.js';
import { requireUser } from '../../auth/case-access.js';
import type { SessionUser } from '../../auth/session-user.js';
import type { NewUserInput, UserAdminService } from '../../auth/user-admin.service.js';
import type { RequestOrigin } from '../audit-plugin.js';
import { graphqlPart, type GraphqlPart } from '../module.js';
import { pageSize } from '../page-size.js';

/** What the auth resolvers need from the request: the session cookie, read and written. */
export interface SessionContext {
  readonly user: SessionUser | null;
  readonly sessionToken: string | undefined;
  /** Where the request came from, for the audit events the auth services write themselves. */
  readonly origin: RequestOrigin;
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

function requireAdmin(ctx: SessionContext): SessionUser {
  const user = requireUser(ctx);
  if (user.role !== 'ADMIN') throw new AppError('FORBIDDEN', 'only administrators manage users');
  return user;
}

export interface AuthModuleDeps {
  readonly auth: AuthService;
  readonly admin: UserAdminService;
  /** Forgotten entries make a role, password or sign-out take effect at once. */
  readonly access: AccessCache;
}

/** The auth part of the API. */
export function authModule({ auth, admin, access }: AuthModuleDeps): GraphqlPart {
  return graphqlPart<SessionContext>('auth.graphql', {
    Query: {
      me: (_, _args, ctx) => ctx.user,
      users: async (_, args, ctx) => {
        requireAdmin(ctx);
        return admin.list(pageSize(args.first, 'first', 50, 200));
      },
      colleagues: async (_, args, ctx) => {
        const user = requireUser(ctx);
        if (user.role === 'ADMIN') throw new AppError('FORBIDDEN', 'administrators manage users, not cases');
        return admin.colleagues(args.search, pageSize(args.first, 'first', 10, 50));
      },
    },
    Mutation: {
      login: async (_, args, ctx) => {
        const signedIn = await auth.login(args.username.trim().toLowerCase(), args.password);
        ctx.setSession(signedIn.token, signedIn.expiresAt);
        return signedIn.user;
      },
      logout: async (_, _args, ctx) => {
        await auth.logout(ctx.sessionToken);
        if (ctx.sessionToken) access.forgetToken(ctx.sessionToken);
        ctx.clearSession();
        return true;
      },
      createUser: async (_, args, ctx) => {
        requireAdmin(ctx);
        return admin.create(args.input as NewUserInput);
      },
      setUserRole: async (_, args, ctx) => {
        const actor = { user: requireAdmin(ctx), ...ctx.origin };
        const user = await admin.setRole(actor, args.id, {
          role: args.role,
          unit: args.unit ?? null,
          reason: args.reason,
        });
        access.forgetUser(args.id);
        return user;
      },
      setUserDisabled: async (_, args, ctx) => {
        const me = requireAdmin(ctx);
        if (args.id === me.id) throw new AppError('BAD_USER_INPUT', 'you cannot disable yourself');
        const user = await admin.setDisabled(args.id, Boolean(args.disabled));
        access.forgetUser(args.id);
        return user;
      },
      resetUserPassword: async (_, args, ctx) => {
        requireAdmin(ctx);
        const user = await admin.resetPassword(args.id, args.password);
        access.forgetUser(args.id);
        return user;
      },
    },
  });
}

/** Resolves the session cookie's user, for the request context. */
export function sessionResolver(
  auth: AuthService,
  access: AccessCache,
): (token: string | undefined) => Promise<SessionUser | null> {
  return async (token) => (token ? access.user(token, () => auth.userForToken(token)) : null);
}
