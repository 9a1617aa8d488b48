/**
 * A refused action: the kind maps to an HTTP status, the message says what to do next, in English
 * and (for what officers and citizens meet) in Vietnamese.
 */
export type DomainErrorKind = 'invalid' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly vi?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const conflict = (code: string, message: string, vi?: string) => new DomainError('conflict', code, message, vi);
export const notFound = (code: string, message: string, vi?: string) => new DomainError('not_found', code, message, vi);
export const forbidden = (code: string, message: string, vi?: string) => new DomainError('forbidden', code, message, vi);
export const invalid = (code: string, message: string, vi?: string) => new DomainError('invalid', code, message, vi);
