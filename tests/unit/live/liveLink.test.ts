import { describe, expect, it } from 'vitest';
import { decodeLiveLinkFragment, encodeLiveLinkFragment } from '@/features/live/liveLink';

const room = {
  server: 'wss://live.example:8443/rooms',
  room: 'aB3_-x9Qz81kLm2P',
  token: 'tok€n-ü',
};

function fragmentOf(value: unknown): string {
  return `#live=${Buffer.from(JSON.stringify(value)).toString('base64url')}`;
}

describe('live links', () => {
  it('give back the room they were made for, in characters an address keeps', () => {
    const fragment = encodeLiveLinkFragment(room);
    expect(fragment).toMatch(/^#live=[A-Za-z0-9_-]+$/u);
    expect(decodeLiveLinkFragment(fragment)).toEqual({ ok: true, room });
  });

  it('are refused, saying what to do, when cut, changed or not a room', () => {
    const fragment = encodeLiveLinkFragment(room);
    const cut = 'The live link is cut or changed: ask for the link again.';
    for (const broken of [
      fragment.slice(0, -5),
      `${fragment}%`,
      '#live=',
      '#r=1.abc',
      fragmentOf({ server: room.server, room: room.room }),
      fragmentOf({ ...room, token: '' }),
      fragmentOf([room]),
      `#live=${Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url')}`,
    ])
      expect(decodeLiveLinkFragment(broken), broken).toEqual({ ok: false, message: cut });
    expect(decodeLiveLinkFragment(fragmentOf({ ...room, server: 'https://live.example' }))).toEqual(
      {
        ok: false,
        message: 'The live server’s address starts with ws:// or wss://.',
      },
    );
  });
});
