import { useRef, useState } from 'react';
import { useStore } from 'zustand';
import { Dialog } from '@/components/Dialog';
import { DialogCloseActions } from '@/components/DialogActions';
import { useAppServices } from '@/context/AppContext';
import { copyText } from '@/platform/copyText';
import { forgetLiveRoom } from '@/platform/rememberedLiveRooms';
import { liveSession } from '@/session/liveSessionState';
import { describeServerAddressProblem } from './liveLink';
import { startSharingLive } from './liveSessionControl';

const defaultServer = 'ws://127.0.0.1:1234';

/**
 * **Share live…**: the live server to use, then the link that lets others edit this report at the
 * same time, **Copy link** and **Stop sharing**.
 */
export default function LiveShareDialog({ onClose }: { onClose: () => void }) {
  const { session } = useAppServices();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const link = useStore(liveSession, (state) => state.link);
  const stop = useStore(liveSession, (state) => state.stop);
  const [server, setServer] = useState(defaultServer);
  const [serverProblem, setServerProblem] = useState<string | undefined>(undefined);
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  const live = stop !== undefined && link !== undefined;
  return (
    <Dialog
      dialogRef={dialogRef}
      className="dialog--share-link"
      labelledBy="live-share-title"
      describedBy="live-share-summary"
      onClose={onClose}
    >
      <h2 id="live-share-title">Share live</h2>
      {live ? (
        <>
          <p id="live-share-summary">
            Whoever opens this link edits this report with you, at the same time. It holds the
            room’s secret token in the part of the address browsers never send to a server: send it
            only to your co-authors.
          </p>
          <label className="share-link-address">
            <span>Live link</span>
            <textarea readOnly rows={3} value={link} onFocus={(event) => event.target.select()} />
          </label>
          {copied === undefined ? null : (
            <p role="status">
              {copied
                ? 'The link is copied.'
                : 'The browser did not let the page copy it: select the link above and copy it.'}
            </p>
          )}
        </>
      ) : (
        <form
          id="live-share-form"
          onSubmit={(event) => {
            event.preventDefault();
            const problem = describeServerAddressProblem(server.trim());
            setServerProblem(problem);
            if (problem === undefined) startSharingLive(session, server.trim());
          }}
        >
          <p id="live-share-summary">
            The report goes to a new room on a live server, and a link lets others edit it with you.
            Edits made while the server is away are kept here and sent when it is back.
          </p>
          <label className="share-link-address">
            <span>Live server address</span>
            <input
              type="text"
              inputMode="url"
              spellCheck={false}
              value={server}
              aria-invalid={serverProblem === undefined ? 'false' : 'true'}
              aria-describedby={serverProblem === undefined ? undefined : 'live-server-problem'}
              onChange={(event) => setServer(event.target.value)}
            />
          </label>
          {serverProblem === undefined ? null : (
            <p id="live-server-problem" className="field-error" role="alert">
              {serverProblem}
            </p>
          )}
        </form>
      )}
      <DialogCloseActions onClose={() => dialogRef.current?.close()}>
        {live ? (
          <>
            <button
              type="button"
              className="toolbar-button"
              onClick={() => {
                forgetLiveRoom(session.store.getState().document.report.id);
                stop();
                dialogRef.current?.close();
              }}
            >
              Stop sharing
            </button>
            <button
              type="button"
              className="toolbar-button"
              onClick={() => void copyText(link).then(setCopied)}
            >
              Copy link
            </button>
          </>
        ) : (
          <button type="submit" form="live-share-form" className="toolbar-button">
            Start sharing
          </button>
        )}
      </DialogCloseActions>
    </Dialog>
  );
}
