import assert from 'node:assert/strict';
import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, it } from 'node:test';
import { withBody } from './synchronous-calls.ts';

function request(headers: IncomingMessage['headers']): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  req.headers = headers;
  return req;
}
const unexpected = (what: string) => () => assert.fail(`unexpected ${what}`);

describe('withBody', () => {
  it('hands a request without a body an empty body in the same tick, without reading', () => {
    const bodies: Buffer[] = [];
    for (const headers of [{}, { 'content-length': '0' }]) {
      withBody(
        request(headers),
        () => Promise.reject(new Error('read a request without a body')),
        (body) => bodies.push(body),
        unexpected('failure'),
      );
    }
    assert.deepEqual(bodies, [Buffer.alloc(0), Buffer.alloc(0)]);
  });

  it('reads the body of a request that declares one, and hands on a failure to read it', async () => {
    const read = Promise.withResolvers<Buffer>();
    const failed = Promise.withResolvers<unknown>();
    withBody(request({ 'content-length': '2' }), () => read.promise, unexpected('body'), failed.resolve);
    const tooLarge = new Error('too large');
    read.reject(tooLarge);
    assert.equal(await failed.promise, tooLarge);

    const body = Promise.withResolvers<Buffer>();
    withBody(request({ 'transfer-encoding': 'chunked' }), () => Promise.resolve(Buffer.from('{}')), body.resolve, unexpected('failure'));
    assert.equal((await body.promise).toString(), '{}');
  });
});
