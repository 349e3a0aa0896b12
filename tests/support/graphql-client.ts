/** A GraphQL client for tests that behaves like a browser: it keeps the session cookie. */
export interface GqlResult {
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export class GqlClient {
  private cookie = '';
  lastSetCookie: string | null = null;

  constructor(private readonly baseUrl: string) {}

  /** The session cookie as a `cookie` header value, for plain HTTP requests. */
  get cookieHeader(): string {
    return this.cookie;
  }

  async query(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    this.lastSetCookie = response.headers.get('set-cookie');
    if (this.lastSetCookie) this.cookie = this.lastSetCookie.split(';')[0]!;
    return (await response.json()) as GqlResult;
  }

  /** Signs in; throws when the server refuses. */
  async login(username: string, password: string): Promise<void> {
    const result = await this.query(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      {
        u: username,
        p: password,
      },
    );
    if (result.errors) throw new Error(`login failed: ${result.errors[0]?.message}`);
  }

  /** The first error's code, or undefined. */
  static code(result: GqlResult): string | undefined {
    return result.errors?.[0]?.extensions?.code;
  }
}
