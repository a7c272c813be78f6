/**
 * The one way the page talks to the server: GraphQL over HTTP (POST application/json) to /graphql.
 * Every failure becomes an {@link ApiError} whose kind says what went wrong, so the page can tell
 * "the server is down" from "the server refused the query".
 */

export type ApiErrorKind =
  /** No HTTP answer at all: the server is not running or the network is down. */
  | 'unreachable'
  /** An HTTP answer that is not a GraphQL result (a proxy error page, a 5xx without a body…). */
  | 'http'
  /** A GraphQL result with errors (validation, a bad argument, a resolver failure). */
  | 'graphql';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[] }[];
}

export const endpoint = '/graphql';

/** Runs one query; resolves to its data, or rejects with an {@link ApiError}. */
export async function request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('unreachable', `Cannot reach the server at ${endpoint}: is \`graph serve\` running?`);
  }

  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError('http', `The server answered ${response.status} ${response.statusText} without a GraphQL result.`, response.status);
  }
  if (body.errors?.length) {
    const messages = body.errors.map((e) => (e.path?.length ? `${e.message} (at ${e.path.join('.')})` : e.message));
    throw new ApiError('graphql', messages.join('\n'), response.status);
  }
  if (!response.ok || body.data == null) {
    throw new ApiError('http', `The server answered ${response.status} ${response.statusText} with no data.`, response.status);
  }
  return body.data;
}
