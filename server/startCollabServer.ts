/**
 * `npm run collab`: the co-editing server on HOST:PORT (127.0.0.1:1234 unless set), rooms kept in
 * DATABASE_PATH, shared with other instances through REDIS_URL when set. Stops on SIGINT/SIGTERM
 * after storing every open room.
 */
import { createCollabServer } from './createCollabServer';
import { readCollabServerSettings } from './readCollabServerSettings';

const settings = readCollabServerSettings(process.env, process.cwd());
const collabServer = await createCollabServer(settings);
const port = await collabServer.listen();
const sharing =
  settings.redis === undefined
    ? ''
    : `, sharing rooms through Redis at ${settings.redis.host}:${settings.redis.port}`;
process.stdout.write(
  `Co-editing server listening on ws://${settings.host}:${port}, rooms kept in ${settings.databasePath}${sharing}\n`,
);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await collabServer.stop();
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
