/** Simplified Chinese, area by area as in en/. */
import type { MessageKey } from '../en';
import { account } from './account';
import { calendar } from './calendar';
import { common } from './common';
import { drive } from './drive';

export const zhCN: Record<MessageKey, string> = { ...common, ...calendar, ...drive, ...account };
