import { resolve } from 'node:path';
import type { CollabServerOptions, RedisAddress } from './createCollabServer';

export const defaultDatabasePath = './collab-data/rooms.sqlite';

function readWholeNumber(name: string, text: string, minimum: number, maximum: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < minimum || value > maximum) {
    throw new Error(`${name} must be a whole number from ${minimum} to ${maximum}, not "${text}"`);
  }
  return value;
}

function readRedisAddress(text: string): RedisAddress {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`REDIS_URL is not a URL: "${text}"`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error(`REDIS_URL must start with redis:// or rediss://, not "${url.protocol}//"`);
  }
  const databaseText = url.pathname.replace(/^\//, '');
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: url.port === '' ? 6379 : readWholeNumber('The port of REDIS_URL', url.port, 1, 65535),
    ...(url.username === '' ? {} : { username: decodeURIComponent(url.username) }),
    ...(url.password === '' ? {} : { password: decodeURIComponent(url.password) }),
    ...(databaseText === ''
      ? {}
      : { database: readWholeNumber('The database of REDIS_URL', databaseText, 0, 65535) }),
    ...(url.protocol === 'rediss:' ? { tls: true } : {}),
  };
}

/** The server's options from HOST, PORT, DATABASE_PATH, REDIS_URL and MAX_MESSAGE_BYTES. */
export function readCollabServerSettings(
  environment: Readonly<Record<string, string | undefined>>,
  workingDirectory: string,
): CollabServerOptions {
  const { HOST, PORT, DATABASE_PATH, REDIS_URL, MAX_MESSAGE_BYTES } = environment;
  return {
    host: HOST === undefined || HOST === '' ? '127.0.0.1' : HOST,
    port: PORT === undefined || PORT === '' ? 1234 : readWholeNumber('PORT', PORT, 0, 65535),
    databasePath: resolve(
      workingDirectory,
      DATABASE_PATH === undefined || DATABASE_PATH === '' ? defaultDatabasePath : DATABASE_PATH,
    ),
    ...(REDIS_URL === undefined || REDIS_URL === '' ? {} : { redis: readRedisAddress(REDIS_URL) }),
    ...(MAX_MESSAGE_BYTES === undefined || MAX_MESSAGE_BYTES === ''
      ? {}
      : {
          maximumMessageBytes: readWholeNumber(
            'MAX_MESSAGE_BYTES',
            MAX_MESSAGE_BYTES,
            1024,
            1024 * 1024 * 1024,
          ),
        }),
  };
}
