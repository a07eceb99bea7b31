import { request, type Agent, type IncomingHttpHeaders } from 'node:http';

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * One request over node:http, which (unlike fetch) sends a `host` header exactly as it was signed.
 * A fresh connection each time unless given a (keep-alive) agent.
 */
export async function httpRequest(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body?: string,
  agent: Agent | false = false,
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
