import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';

type SourceData = string | ArrayBuffer | ArrayBufferView;

interface Digester {
  update(data: Buffer): unknown;
  digest(): Buffer;
}

function toBuffer(data: SourceData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

/** The smithy Checksum interface over node:crypto; `@aws-crypto/sha256-js` is not a dependency here. */
export class NodeSha256 {
  private readonly secret: SourceData | undefined;
  private hash: Digester;

  constructor(secret?: SourceData) {
    this.secret = secret;
    this.hash = this.create();
  }

  update(data: SourceData): void {
    this.hash.update(toBuffer(data));
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(this.hash.digest());
  }

  reset(): void {
    this.hash = this.create();
  }

  private create(): Digester {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(this.secret));
  }
}

/** What the AWS SDK's query builder puts on the wire: strict RFC 3986. */
export function strictEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface RawChimeRequest {
  method: string;
  /** Already percent-encoded path, e.g. `/accounts/a%20b`. */
  path: string;
  query?: Record<string, string>;
  body?: string;
  headers?: Record<string, string>;
}

export interface SigningKey {
  accessKeyId: string;
  secretAccessKey: string;
  region?: string;
}

/** Signs a raw Chime request the way the JS SDK does and returns what to put on the wire. */
export async function signChimeRequest(
  endpoint: string,
  key: SigningKey,
  request: RawChimeRequest,
): Promise<{ url: string; headers: Record<string, string> }> {
  const url = new URL(endpoint);
  const query = request.query ?? {};
  const headers: Record<string, string> = { host: url.host, ...request.headers };
  if (request.body !== undefined) headers['content-type'] ??= 'application/json';
  const signer = new SignatureV4({
    credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey },
    region: key.region ?? 'us-east-1',
    service: 'chime',
    sha256: NodeSha256,
  });
  const signed = await signer.sign({
    method: request.method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: request.path,
    query,
    headers,
    body: request.body,
  });
  const search = Object.entries(query)
    .map(([k, v]) => `${strictEncode(k)}=${strictEncode(v)}`)
    .join('&');
  return { url: `${url.origin}${request.path}${search ? `?${search}` : ''}`, headers: signed.headers };
}

/** A signed raw HTTP call, for tests that pin the wire format below the SDK. */
export async function signedFetch(endpoint: string, key: SigningKey, request: RawChimeRequest): Promise<Response> {
  const { url, headers } = await signChimeRequest(endpoint, key, request);
  delete headers.host;
  return fetch(url, { method: request.method, headers, body: request.body ?? null });
}
