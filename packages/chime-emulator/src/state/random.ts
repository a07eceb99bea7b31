import { randomInt, randomUUID } from 'node:crypto';

/** Where the store gets IDs and PINs: random by default, a seeded sequence for reproducible data. */
export interface IdSource {
  uuid(): string;
  pin(): string;
}

export const cryptoIds: IdSource = {
  uuid: () => randomUUID(),
  pin: () => String(randomInt(0, 10_000_000_000)).padStart(10, '0'),
};

/** mulberry32: tiny, fast and good enough to make seed data identical on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededIds(seed: number): IdSource {
  const next = seededRandom(seed);
  const word = () =>
    Math.floor(next() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return {
    // Joined, not concatenated: join makes one flat string, where `+` leaves a tree of its pieces
    // that every stored ID keeps alive (about 400 bytes instead of 56 per ID).
    uuid: () => {
      const [a, b, c, d] = [word(), word(), word(), word()];
      return [a, '-', b.slice(0, 4), '-4', b.slice(5), '-a', c.slice(1, 4), '-', c.slice(4), d].join('');
    },
    pin: () => String(Math.floor(next() * 10_000_000_000)).padStart(10, '0'),
  };
}
