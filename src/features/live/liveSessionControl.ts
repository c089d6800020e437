import * as Y from 'yjs';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import {
  applyReportToLiveDocument,
  liveRichTextFragment,
  readReportFromLiveDocument,
  writeReportIntoLiveDocument,
} from '@/model/liveReport';
import type { Report } from '@/model/reportSchema';
import { openLiveConnection, type LiveConnection } from '@/platform/liveConnection';
import { createRandomToken } from '@/platform/liveRandomToken';
import { rememberLiveRoom } from '@/platform/rememberedLiveRooms';
import { clearLocationFragment, pageAddressWithoutFragment } from '@/platform/locationFragment';
import { readReviewerName } from '@/platform/reviewerName';
import { bindReportStoreToLiveDocument } from '@/session/liveReportBinding';
import {
  initialLiveSessionState,
  liveSession,
  type LiveRoom,
  type PresentPerson,
} from '@/session/liveSessionState';
import type { ReportSession } from '@/session/reportSession';
import { readReportWithHeldText } from '@/store/pendingEdits';
import type { UiStore } from '@/store/uiStore';
import { decodeLiveLinkFragment, encodeLiveLinkFragment } from './liveLink';
import { createLiveRichTextExtensions } from './liveRichTextExtensions';

const personColors = ['#b4235a', '#1d6fa5', '#2f7d32', '#8a4fbf', '#b25e00', '#00796b'];

function titleOf(report: Report): string {
  const title = report.titlePage.title.trim();
  return title === '' ? 'Untitled report' : title;
}

function readPeople(connection: LiveConnection): PresentPerson[] {
  const selfId = connection.awareness.clientID;
  const people: PresentPerson[] = [];
  for (const [clientId, state] of connection.awareness.getStates()) {
    const user: unknown = (state as { user?: unknown }).user;
    if (typeof user !== 'object' || user === null) continue;
    const { name, color } = user as { name?: unknown; color?: unknown };
    if (typeof name !== 'string' || typeof color !== 'string') continue;
    people.push({ clientId, name, color, isSelf: clientId === selfId });
  }
  return people.sort(
    (first, second) =>
      Number(second.isSelf) - Number(first.isSelf) || first.clientId - second.clientId,
  );
}

/** The connection, presence and state of a room; the report is bound by the caller when ready. */
function connectToRoom(room: LiveRoom, document: Y.Doc, beforeConnecting?: () => void) {
  let everConnected = false;
  let stopped = false;
  let unreachableProblem: string | undefined;
  let resolveSynced: () => void = () => undefined;
  let rejectSynced: (problem: Error) => void = () => undefined;
  const synced = new Promise<void>((resolve, reject) => {
    resolveSynced = resolve;
    rejectSynced = reject;
  });
  const setState = (state: Partial<typeof initialLiveSessionState>): void => {
    if (!stopped) liveSession.setState(state);
  };
  liveSession.setState({
    ...initialLiveSessionState,
    status: 'connecting',
    room,
    link: `${pageAddressWithoutFragment()}${encodeLiveLinkFragment(room)}`,
    stop,
  });
  const connection = openLiveConnection({
    ...room,
    document,
    ...(beforeConnecting === undefined ? {} : { beforeConnecting }),
    onStatus: (status) => {
      if (status === 'connected') everConnected = true;
      setState({ status });
    },
    onSynced: () => {
      if (unreachableProblem !== undefined && liveSession.getState().problem === unreachableProblem)
        setState({ problem: undefined });
      unreachableProblem = undefined;
      resolveSynced();
    },
    onRefused: (reason) => {
      const problem = `The live server refused this link (${reason}): the room or its token is wrong. Ask for the link again.`;
      rejectSynced(new Error(problem));
      stop();
      liveSession.setState({ problem });
    },
    onUnreachable: () => {
      setState({ status: 'offline' });
      if (everConnected || unreachableProblem !== undefined) return;
      unreachableProblem = `Cannot reach the live server at ${room.server}. Is it running? Changes are kept in this browser and sent when it answers.`;
      setState({ problem: unreachableProblem });
    },
  });
  const name = readReviewerName().trim();
  connection.awareness.setLocalStateField('user', {
    name: name === '' ? `Guest ${connection.awareness.clientID % 1000}` : name,
    color: personColors[connection.awareness.clientID % personColors.length] ?? '#1d6fa5',
  });
  const showPeople = (): void => setState({ people: readPeople(connection) });
  connection.awareness.on('change', showPeople);
  showPeople();

  const cleanups: (() => void)[] = [];
  function stop(): void {
    if (stopped) return;
    stopped = true;
    connection.awareness.off('change', showPeople);
    liveSession.setState({ ...initialLiveSessionState });
    for (const cleanup of cleanups) cleanup();
    connection.destroy();
  }
  return {
    connection,
    synced,
    stop,
    isStopped: () => stopped,
    onStop: (cleanup: () => void) => cleanups.push(cleanup),
  };
}

/** Binds the open report to the room's document, its rich text and Undo/Redo. */
function bindOpenReport(
  session: ReportSession,
  document: Y.Doc,
  room: ReturnType<typeof connectToRoom>,
): void {
  const localOrigin = { who: 'this browser' };
  const binding = bindReportStoreToLiveDocument({
    store: session.store,
    document,
    localOrigin,
    otherLocalOrigins: [ySyncPluginKey],
    onProblem: (problem) => liveSession.setState({ problem }),
    onReportLeft: room.stop,
  });
  room.onStop(binding.destroy);
  liveSession.setState({
    richText: {
      extensionsFor: (path) => {
        const fragment = liveRichTextFragment(document, path);
        return fragment === undefined
          ? undefined
          : createLiveRichTextExtensions(fragment, room.connection.awareness);
      },
    },
  });
}

/**
 * **Share live…**: the open report goes into a new room (written before connecting, so the room
 * starts as this report), with a random room id and token, at `server`.
 */
export function startSharingLive(session: ReportSession, server: string): void {
  liveSession.getState().stop?.();
  const report = readReportWithHeldText(session.store);
  const document = new Y.Doc();
  writeReportIntoLiveDocument(document, report);
  const liveRoom = { server, room: createRandomToken(16), token: createRandomToken(24) };
  const room = connectToRoom(liveRoom, document);
  bindOpenReport(session, document, room);
  rememberLiveRoom(report.id, liveRoom);
}

/**
 * Rejoins the room a report of this browser was live in (after a reload, or on coming back to
 * the report). The room as this browser kept it (y-indexeddb) is brought up to the report as the
 * store has it before the server is reached: the store journals every change at once, the kept
 * room may lack the last keys before the page closed. The server then brings what others did
 * meanwhile. Without a kept copy, the room's report is taken from the server, as a joiner does.
 */
export async function resumeLiveRoom(session: ReportSession, liveRoom: LiveRoom): Promise<void> {
  liveSession.getState().stop?.();
  const reportId = session.store.getState().document.report.id;
  const document = new Y.Doc();
  const room = connectToRoom(liveRoom, document, () => {
    const kept = readReportFromLiveDocument(document);
    if (!kept.ok || session.store.getState().document.report.id !== reportId) return;
    applyReportToLiveDocument(document, {
      ...readReportWithHeldText(session.store),
      id: kept.report.id,
    });
  });
  const stillWanted = (): boolean =>
    !room.isStopped() && session.store.getState().document.report.id === reportId;
  await room.connection.whenStoredHere;
  if (!stillWanted()) return;
  if (!readReportFromLiveDocument(document).ok) {
    try {
      await room.synced;
    } catch {
      return;
    }
    if (!stillWanted()) return;
  }
  bindOpenReport(session, document, room);
}

/**
 * Opens a live link (`#live=…`) in the address: connects with an empty document, writes nothing
 * until the server has sent the room, then opens the room's report as a report of its own.
 */
export async function joinLiveRoomInAddress(
  session: ReportSession,
  ui: UiStore,
  fragment: string,
): Promise<void> {
  clearLocationFragment();
  const decoded = decodeLiveLinkFragment(fragment);
  if (!decoded.ok) {
    liveSession.setState({ ...initialLiveSessionState, problem: decoded.message });
    return;
  }
  liveSession.getState().stop?.();
  const document = new Y.Doc();
  const room = connectToRoom(decoded.room, document);
  try {
    await room.synced;
  } catch {
    return;
  }
  if (room.isStopped()) return;
  const read = readReportFromLiveDocument(document);
  if (!read.ok) {
    room.stop();
    liveSession.setState({
      problem: `The live room’s report cannot be opened: ${read.message} ${read.details.slice(0, 3).join('; ')}`,
    });
    return;
  }
  await session.openAsNewReport(read.report);
  if (room.isStopped()) return;
  bindOpenReport(session, document, room);
  rememberLiveRoom(session.store.getState().document.report.id, decoded.room);
  ui.getState().addNotice({
    kind: 'shared-opened',
    text: `Joined the live report “${titleOf(read.report)}”; it opens as a new report.`,
  });
}
