/** English: the reference every other catalogue must match key for key. One file per area. */
import { account } from './account';
import { calendar } from './calendar';
import { common } from './common';
import { drive } from './drive';

export const en = { ...common, ...calendar, ...drive, ...account } as const;

export type MessageKey = keyof typeof en;
