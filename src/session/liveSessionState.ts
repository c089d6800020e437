import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AnyExtension } from '@tiptap/core';
import type { FieldPath } from '@/model/fieldPath';

/** Where the live connection is: off until the user shares live or opens a live link. */
export type LiveStatus = 'off' | 'connecting' | 'connected' | 'offline';

export interface PresentPerson {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
}

export interface LiveRoom {
  server: string;
  room: string;
  token: string;
}

/**
 * What a rich-text editor needs to edit its field in the live document; set once the live code is
 * loaded, so the editor never imports it itself.
 */
export interface LiveRichTextBinding {
  /** The editor's extensions for the field at `path`, bound to its shared text; undefined when the room has none. */
  extensionsFor: (path: FieldPath) => AnyExtension[] | undefined;
}

export interface LiveSessionState {
  status: LiveStatus;
  room: LiveRoom | undefined;
  /** The link that joins the room (`#live=…`), once there is one. */
  link: string | undefined;
  people: readonly PresentPerson[];
  /** What went wrong, said so a user knows what to do; undefined when nothing is wrong. */
  problem: string | undefined;
  richText: LiveRichTextBinding | undefined;
  /** Ends the live session (set while live). */
  stop: (() => void) | undefined;
}

export type LiveSessionStore = StoreApi<LiveSessionState>;

export const initialLiveSessionState: LiveSessionState = {
  status: 'off',
  room: undefined,
  link: undefined,
  people: [],
  problem: undefined,
  richText: undefined,
  stop: undefined,
};

/**
 * The page's one live session, light enough for the first load: the top bar, the save state and
 * the editors read it; the code that connects loads only when the user shares live or opens a link.
 */
export const liveSession: LiveSessionStore = createStore<LiveSessionState>()(() => ({
  ...initialLiveSessionState,
}));
