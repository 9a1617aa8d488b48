// Where a transfer goes: to a service, to a counter, or to a service at a counter. Sent to a counter
// alone, the ticket keeps its service when the counter serves it, else it takes the counter's
// heaviest service (its main work).
import type { LocalizedText } from '@motcua/protocol';
import { conflict, invalid } from './errors.ts';

/** The counter a ticket is sent to, with the services of its work profile. */
export interface TransferCounter {
  number: number;
  services: readonly { serviceId: number; weight: number }[];
}

/** Refuses a transfer that names neither a service nor a counter. */
export function assertTransferTarget(request: { serviceId?: number | undefined; counterId?: number | undefined }): void {
  if (request.serviceId === undefined && request.counterId === undefined) {
    throw invalid('transfer_target_missing', 'Say where to transfer the ticket: a serviceId, a counterId, or both.', 'Hãy chọn nơi chuyển phiếu: một dịch vụ, một quầy, hoặc cả hai.');
  }
}

/** The service a ticket of `fromServiceId` sent to `counter` (and no service) lands in. */
export function transferServiceId(fromServiceId: number, counter: TransferCounter): number {
  if (counter.services.some((s) => s.serviceId === fromServiceId)) return fromServiceId;
  const main = [...counter.services].sort((a, b) => b.weight - a.weight)[0];
  if (!main) throw conflict('counter_serves_nothing', `Counter ${counter.number} serves no service yet.`, `Quầy ${counter.number} chưa phục vụ dịch vụ nào.`);
  return main.serviceId;
}

/** Refuses a transfer to a counter that does not serve the service the ticket lands in. */
export function assertCounterServes(counter: TransferCounter | undefined, service: { id: number; name: LocalizedText }): void {
  if (counter && !counter.services.some((s) => s.serviceId === service.id)) {
    throw conflict('counter_does_not_serve', `Counter ${counter.number} does not serve "${service.name.en}".`, `Quầy ${counter.number} không phục vụ dịch vụ "${service.name.vi}".`);
  }
}
