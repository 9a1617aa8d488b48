// The route table: every HTTP route of the API, keyed `METHOD /path`, grouped by the URL's first
// part in the files beside this one. The server registers exactly these; the client calls them.
import { adminRoutes } from './admin.ts';
import { appointmentRoutes } from './appointments.ts';
import { procedureRoutes } from './procedures.ts';
import { syncRoutes } from './province.ts';
import { publicRoutes } from './public.ts';
import type { AnswerOf, BodyOf, HeadersOf, ParamsOf, QueryOf } from './spec.ts';
import { supervisionRoutes } from './supervision.ts';
import { ticketRoutes } from './tickets.ts';

export const ROUTES = { ...publicRoutes, ...procedureRoutes, ...ticketRoutes, ...appointmentRoutes, ...supervisionRoutes, ...adminRoutes, ...syncRoutes };
export type Routes = typeof ROUTES;
export type RouteKey = keyof Routes;
export type RouteParams<K extends RouteKey> = ParamsOf<Routes[K]>;
export type RouteQuery<K extends RouteKey> = QueryOf<Routes[K]>;
export type RouteBody<K extends RouteKey> = BodyOf<Routes[K]>;
export type RouteHeaders<K extends RouteKey> = HeadersOf<Routes[K]>;
export type RouteAnswer<K extends RouteKey> = AnswerOf<Routes[K]>;

export { refusalsOf, type RouteSpec } from './spec.ts';
export { IMPORT_BODY_BYTES } from './admin.ts';
export { RATING_WINDOW_MINUTES } from './public.ts';
export { PROVINCE_ROUTES, type ProvinceRole, type ProvinceRouteKey, type ProvinceRouteSpec, type ProvinceRoutes } from './province.ts';
