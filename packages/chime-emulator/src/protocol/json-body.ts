/**
 * JSON encoding for response bodies. Records made with `immutableRecord` (users) are encoded once
 * and their bytes reused: a ListUsers page is then mostly a copy of cached buffers, which is what
 * lets a 100-user page keep up with a server that sends prebuilt bytes.
 */
const ENCODED = Symbol('encoded JSON');

interface EncodingSlot {
  bytes: Buffer | undefined;
}

type Cacheable = object & { readonly [ENCODED]?: EncodingSlot };

/**
 * Freezes a record and gives it a hidden slot for its encoding. The slot is a non-enumerable
 * symbol: JSON.stringify and object spread both skip it, so a changed copy starts without one.
 */
export function immutableRecord<T extends object>(value: T): Readonly<T> {
  Object.defineProperty(value, ENCODED, { value: { bytes: undefined }, enumerable: false });
  return Object.freeze(value);
}

type Part = string | Buffer;

/** Encodes into a buffer from `allocate` (at least the requested size) and returns the used part. */
export function encodeJson(value: unknown, allocate: (size: number) => Buffer = Buffer.allocUnsafe): Buffer {
  const parts: Part[] = [];
  write(value, parts);
  return assemble(parts, allocate);
}

function write(value: unknown, parts: Part[]): void {
  if (value === null || typeof value !== 'object') {
    parts.push(JSON.stringify(value) ?? 'null');
    return;
  }
  const slot = (value as Cacheable)[ENCODED];
  if (slot) {
    slot.bytes ??= Buffer.from(JSON.stringify(value));
    parts.push(slot.bytes);
  } else if (Array.isArray(value)) {
    parts.push('[');
    for (let index = 0; index < value.length; index++) {
      if (index > 0) parts.push(',');
      write(value[index], parts);
    }
    parts.push(']');
  } else {
    let separator = '{';
    for (const key in value) {
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined) continue;
      parts.push(`${separator}${JSON.stringify(key)}:`);
      write(member, parts);
      separator = ',';
    }
    parts.push(separator === '{' ? '{}' : '}');
  }
}

/** One exact-size allocation; strings are written in place, cached buffers copied. */
function assemble(parts: Part[], allocate: (size: number) => Buffer): Buffer {
  let length = 0;
  for (const part of parts) length += typeof part === 'string' ? Buffer.byteLength(part) : part.length;
  const body = allocate(length);
  let offset = 0;
  for (const part of parts) {
    if (typeof part !== 'string') {
      offset += part.copy(body, offset);
    } else if (part.length === 1 && part.charCodeAt(0) < 0x80) {
      body[offset++] = part.charCodeAt(0);
    } else {
      offset += body.write(part, offset);
    }
  }
  return body.subarray(0, offset);
}
