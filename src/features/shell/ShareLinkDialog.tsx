import { useRef } from 'react';
import { Dialog } from '@/components/Dialog';
import { DialogCloseActions } from '@/components/DialogActions';
import { longShareLinkCharacters } from '@/model/shareLink/shareLinkLimits';

export interface ShareLink {
  address: string;
  copied: boolean;
  withoutPlotPoints: boolean;
}

function characters(count: number): string {
  return `${count.toLocaleString('en')} characters`;
}

/**
 * The share link just made: whether it is on the clipboard, how long it is, and, when chat apps
 * and mail would cut it, the JSON file or a shorter link without plot points instead.
 */
export function ShareLinkDialog({
  link,
  hasPlotPoints,
  onCopyWithoutPlotPoints,
  onDownloadJson,
  onClose,
}: {
  link: ShareLink;
  hasPlotPoints: boolean;
  onCopyWithoutPlotPoints: () => void;
  onDownloadJson: () => void;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const addressRef = useRef<HTMLTextAreaElement>(null);
  const length = link.address.length;
  const isLong = length > longShareLinkCharacters;
  return (
    <Dialog
      dialogRef={dialogRef}
      className="dialog--share-link"
      labelledBy="share-link-title"
      describedBy="share-link-summary"
      onClose={onClose}
    >
      <h2 id="share-link-title">
        {link.withoutPlotPoints ? 'Share link without plot points' : 'Share link'}
      </h2>
      <p id="share-link-summary" role="status">
        {link.copied
          ? 'The link is copied. '
          : 'The browser did not let the page copy it: select the link below and copy it. '}
        It is {characters(length)} long and holds the whole report
        {link.withoutPlotPoints ? ' except the points of its curves' : ''}, in the part of the
        address browsers never send to a server.
      </p>
      {isLong ? (
        <p className="share-link-warning" role="alert">
          Chat apps and mail cut links longer than about {characters(longShareLinkCharacters)}, and
          a cut link opens nothing. Send the JSON file instead
          {hasPlotPoints && !link.withoutPlotPoints ? ', or a link without plot points' : ''}.
        </p>
      ) : null}
      <label className="share-link-address">
        <span>Link</span>
        <textarea
          ref={addressRef}
          readOnly
          rows={4}
          value={link.address}
          onFocus={() => addressRef.current?.select()}
        />
      </label>
      <DialogCloseActions onClose={() => dialogRef.current?.close()}>
        {isLong ? (
          <button type="button" className="toolbar-button" onClick={onDownloadJson}>
            Download JSON (.json)
          </button>
        ) : null}
        {isLong && hasPlotPoints && !link.withoutPlotPoints ? (
          <button type="button" className="toolbar-button" onClick={onCopyWithoutPlotPoints}>
            Copy link without plot points
          </button>
        ) : null}
      </DialogCloseActions>
    </Dialog>
  );
}
