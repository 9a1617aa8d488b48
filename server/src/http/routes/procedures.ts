// /api/procedures/**: the procedures catalog the kiosk searches, and its import (admin).
import type { ProcedureService } from '../../services/procedures.ts';
import type { Handlers } from '../register.ts';

type ProcedureRoute = 'GET /api/procedures' | 'POST /api/procedures/import';

export function procedureHandlers(procedures: ProcedureService): Handlers<ProcedureRoute> {
  return {
    'GET /api/procedures': async (request) => procedures.list(request.query),
    'POST /api/procedures/import': async (request) => procedures.import(request.body),
  };
}
