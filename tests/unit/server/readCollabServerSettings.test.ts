import { describe, expect, it } from 'vitest';
import { readCollabServerSettings } from '../../../server/readCollabServerSettings';

describe('readCollabServerSettings', () => {
  it('listens on 127.0.0.1:1234 and keeps rooms under collab-data by default', () => {
    expect(readCollabServerSettings({}, '/srv/studio')).toEqual({
      host: '127.0.0.1',
      port: 1234,
      databasePath: '/srv/studio/collab-data/rooms.sqlite',
    });
  });

  it('reads HOST, PORT, DATABASE_PATH, REDIS_URL and MAX_MESSAGE_BYTES', () => {
    const settings = readCollabServerSettings(
      {
        HOST: '0.0.0.0',
        PORT: '8080',
        DATABASE_PATH: 'data/live.sqlite',
        REDIS_URL: 'rediss://worker:p%40ss@cache.internal:6380/2',
        MAX_MESSAGE_BYTES: '4194304',
      },
      '/srv/studio',
    );
    expect(settings).toEqual({
      host: '0.0.0.0',
      port: 8080,
      databasePath: '/srv/studio/data/live.sqlite',
      redis: {
        host: 'cache.internal',
        port: 6380,
        username: 'worker',
        password: 'p@ss',
        database: 2,
        tls: true,
      },
      maximumMessageBytes: 4_194_304,
    });
    expect(readCollabServerSettings({ REDIS_URL: 'redis://localhost' }, '/').redis).toEqual({
      host: 'localhost',
      port: 6379,
    });
  });

  it('refuses settings it cannot use, naming them', () => {
    expect(() => readCollabServerSettings({ PORT: 'http' }, '/')).toThrow(/PORT/);
    expect(() => readCollabServerSettings({ PORT: '70000' }, '/')).toThrow(/PORT/);
    expect(() => readCollabServerSettings({ REDIS_URL: 'localhost:6379' }, '/')).toThrow(
      /REDIS_URL/,
    );
    expect(() => readCollabServerSettings({ REDIS_URL: 'http://cache' }, '/')).toThrow(/REDIS_URL/);
    expect(() => readCollabServerSettings({ MAX_MESSAGE_BYTES: '2MB' }, '/')).toThrow(
      /MAX_MESSAGE_BYTES/,
    );
  });
});
