/**
 * A refused action: its code (from the protocol's error table) gives the HTTP status; the message
 * says what to do next, in English and Vietnamese (the table's Vietnamese when none is given).
 */
import { ERRORS, type ErrorBody, type ErrorCode, type ErrorCodeWithStatus } from '@motcua/protocol';

/** What a refusal may say beyond its message (result_not_ready: the due date). */
export type ErrorDetails = Pick<ErrorBody['error'], 'dueDate' | 'from' | 'serviceId'>;

export class DomainError extends Error {
  readonly details: ErrorDetails = {};

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly vi?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERRORS[this.code].status;
  }

  /** The refusal with `details` added to its answer. */
  with(details: ErrorDetails): this {
    Object.assign(this.details, details);
    return this;
  }
}

export const conflict = (code: ErrorCodeWithStatus<409>, message: string, vi?: string) => new DomainError(code, message, vi);
export const notFound = (code: ErrorCodeWithStatus<404>, message: string, vi?: string) => new DomainError(code, message, vi);
export const forbidden = (code: ErrorCodeWithStatus<403>, message: string, vi?: string) => new DomainError(code, message, vi);
export const invalid = (code: ErrorCodeWithStatus<400>, message: string, vi?: string) => new DomainError(code, message, vi);
