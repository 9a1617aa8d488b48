// Downloads a file a route of the table answers (a report, the configuration, a backup) with the
// session's token. Plain fetch, not `call`: the answer is a file to save, not JSON to parse.
import { ApiError, routeUrl } from '@motcua/protocol/client';
import type { ErrorBody, RouteKey, RouteQuery, Routes } from '@motcua/protocol';

/** The routes whose answer is a file (`file: true` in the table). */
export type FileRoute = { [K in RouteKey]: Routes[K] extends { file: true } ? K : never }[RouteKey];

/** `download('GET /api/reports/export', token, { from, to, format })`: the query is required when the route has one. */
export async function download<K extends FileRoute>(route: K, token: string, ...[query]: RouteQuery<K> extends undefined ? [] : [query: RouteQuery<K>]): Promise<void> {
  const response = await fetch(routeUrl(route.slice(route.indexOf(' ') + 1), undefined, query), { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as ErrorBody | undefined;
    throw new ApiError(response.status, body?.error.code ?? 'internal', body?.error.message ?? `The server answered ${response.status}.`, body?.error.messageVi);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'motcua';
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
