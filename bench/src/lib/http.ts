import { request } from 'node:http';

export interface HttpResponse {
  status: number;
  body: Buffer;
}

/** One request over node:http, which (unlike fetch) sends a `host` header exactly as it was signed. */
export async function httpRequest(url: URL, method: string, headers: Record<string, string>, body?: string): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
