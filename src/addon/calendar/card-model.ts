/** The plain data the Calendar cards are built from: what the triggers read and fetched. */
import type { MeetingScope, MeetingView } from '../../shared/contract';
import type { UiContext } from '../common/context';
import type { CalendarEvent } from '../google/calendar';
import type { Problem } from '../ui/error-card';
import type { CardRef } from './params';
import type { WeekStats } from './week-stats';

export interface HomepageEntry {
  event: CalendarEvent;
  /** The meeting the event shows the user, if any; null also when that is unknown. */
  meeting: { meetingId: string; scope: MeetingScope } | null;
}

export interface HomepageModel {
  entries: HomepageEntry[];
  /** Events of the week left off the list (the lookup takes at most 100). */
  omitted: number;
  /** 'off' while the user objects to statistics; null when that is unknown. */
  stats: WeekStats | 'off' | null;
  /** The backend could not say which events have a meeting: why, and a Retry if it helps. */
  problem?: Problem;
}

export interface EventCardModel {
  ref: CardRef;
  event: CalendarEvent;
  /** The meeting shown; null when the event has none the user may see. */
  view: MeetingView | null;
  /** The meeting could not be fetched: the card shows what Calendar says, and why. */
  problem?: Problem;
  /** A note of the user's being edited in place. */
  editingNoteId?: string;
}

/** What every section of a linked event card needs. */
export interface MeetingSectionContext {
  ui: UiContext;
  ref: CardRef;
  event: CalendarEvent;
  view: MeetingView;
}
