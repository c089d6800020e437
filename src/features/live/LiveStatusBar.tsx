import { useStore } from 'zustand';
import { liveSession, type LiveStatus } from '@/session/liveSessionState';

const statusTexts: Record<LiveStatus, string> = {
  off: 'Not live',
  connecting: 'Connecting…',
  connected: 'Live',
  offline: 'Offline',
};

/** Who is here (**Present**), whether the room is reachable, and what went wrong. */
export default function LiveStatusBar() {
  const status = useStore(liveSession, (state) => state.status);
  const people = useStore(liveSession, (state) => state.people);
  const problem = useStore(liveSession, (state) => state.problem);
  return (
    <div className="live-status">
      {status === 'off' ? null : (
        <>
          <span className={`live-status-state live-status-state--${status}`}>
            {statusTexts[status]}
          </span>
          <ul className="live-present" aria-label="Present">
            {people.map((person) => (
              <li key={person.clientId} className="live-person">
                <span
                  className="live-person-dot"
                  aria-hidden="true"
                  ref={(dot) => {
                    if (dot !== null) dot.style.backgroundColor = person.color;
                  }}
                />
                {person.isSelf ? `${person.name} (you)` : person.name}
              </li>
            ))}
          </ul>
        </>
      )}
      {problem === undefined ? null : (
        <p className="live-problem" role="alert">
          {problem}{' '}
          {status === 'off' ? (
            <button
              type="button"
              className="toolbar-button"
              onClick={() => liveSession.setState({ problem: undefined })}
            >
              Dismiss
            </button>
          ) : null}
        </p>
      )}
    </div>
  );
}
