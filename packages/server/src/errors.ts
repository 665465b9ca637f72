import type { ErrorCode } from '@outfall/domain/contracts/errors';

export interface FieldError {
  path: string;
  message: string;
}

/** The one error type use cases throw; `http/errors.ts` maps its code to a status in one place. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found`);
export const forbidden = (message = 'You do not have permission to do this') =>
  new AppError('forbidden', message);
