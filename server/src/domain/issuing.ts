// What a kiosk may issue: a ticket of a service on offer that some counter serves, while the
// service's daily cap (if any) has tickets left today.
import type { LocalizedText } from '@motcua/protocol';
import { conflict } from './errors.ts';

/** A service as these rules see it. */
export interface IssuedService {
  name: LocalizedText;
  enabled: boolean;
  dailyCap: number | null;
}

/** Refuses a service an admin took off offer, or one no counter's work profile has (its tickets would wait for ever). */
export function assertOnOffer(service: IssuedService, countersServing: number): void {
  if (!service.enabled) throw conflict('service_disabled', `The service "${service.name.en}" is not on offer now.`, `Dịch vụ "${service.name.vi}" hiện không tiếp nhận.`);
  if (countersServing === 0) {
    throw conflict('service_unserved', `No counter serves "${service.name.en}" yet: an administrator adds it to a counter's services first. Please ask at the information desk.`, `Chưa có quầy nào phục vụ dịch vụ "${service.name.vi}". Vui lòng hỏi tại bàn hướng dẫn.`);
  }
}

/** Refuses one more ticket once `issuedToday` reached the service's daily cap. */
export function assertUnderDailyCap(service: IssuedService, issuedToday: () => number): void {
  // Counted only for a capped service: the count reads every ticket of the service today.
  if (service.dailyCap !== null && issuedToday() >= service.dailyCap) {
    throw conflict('daily_cap_reached', `Today's ${service.dailyCap} tickets for "${service.name.en}" have all been issued. Please come back on the next working day.`, `Đã hết ${service.dailyCap} số của dịch vụ "${service.name.vi}" trong hôm nay. Vui lòng quay lại vào ngày làm việc tiếp theo.`);
  }
}
