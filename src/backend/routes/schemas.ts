/** Schema pieces every route file uses; the bodies themselves come from the shared contract. */
import { Type, type TSchema } from '@sinclair/typebox';
import { ErrorBody, Id } from '../../shared/contract';

/** Documents the error body beside a route's success responses. */
export function responses<T extends Record<number, TSchema>>(success: T) {
  return { ...success, '4xx': ErrorBody, '5xx': ErrorBody };
}

export const NoContent = Type.Null({ description: 'No content.' });

/** Every /v1 route needs the caller's Google ID token (see plugins/openapi.ts). */
export const signedIn = [{ googleIdToken: [] }];

export const MeetingParams = Type.Object({ id: Id }, { additionalProperties: false });

export function itemParams<K extends string>(name: K) {
  return Type.Object({ [name]: Id } as Record<K, typeof Id>, { additionalProperties: false });
}
