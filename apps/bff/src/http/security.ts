import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { AppError } from './app-error.ts';

/** Security headers with a strict CSP: the SPA loads only its own scripts, styles and fonts. */
export const securityHeaders = (): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Cloudscape sets inline style attributes at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });

/** API answers are one person's view of live data (a new PIN among them): no browser or proxy keeps them. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('cache-control', 'no-store');
  next();
};

const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * State-changing API calls must send JSON in UTF-8. A cross-site HTML form cannot send JSON, so
 * together with SameSite=Lax cookies this also keeps login from being forged; and a body in UTF-7
 * or UTF-16 could smuggle text past checks made on its bytes, so no other charset is decoded.
 */
export const requireJson: RequestHandler = (req, _res, next) => {
  const hasBody = req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0';
  if (BODYLESS.has(req.method) || !hasBody || (req.is('application/json') && isUtf8(req.get('content-type')))) {
    next();
    return;
  }
  throw new AppError({
    code: 'unsupported_media_type',
    status: 415,
    title: 'Unsupported media type',
    detail: 'Send the request body as application/json in UTF-8.',
  });
};

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i;

/** No charset means UTF-8 for JSON (RFC 8259). */
function isUtf8(contentType: string | undefined): boolean {
  const charset = CHARSET.exec(contentType ?? '')?.[1]?.toLowerCase();
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

/**
 * Defence in depth beyond the CSRF token: browsers say where a request comes from. A state-changing
 * call a browser marks as anything but same-origin is refused, and so is one whose Origin names
 * another host when the browser sends no Sec-Fetch-Site. Scripts (curl, the SDK) send neither
 * header and rely on the token. Sec-Fetch-Site wins when present: it is the browser's own view, so a
 * proxy that rewrites Host does not make the console refuse itself.
 */
export const sameOriginOnly: RequestHandler = (req, _res, next) => {
  if (BODYLESS.has(req.method)) {
    next();
    return;
  }
  const site = req.get('sec-fetch-site');
  const origin = req.get('origin');
  const allowed = site !== undefined ? site === 'same-origin' : origin === undefined || hostOf(origin) === req.host.toLowerCase();
  if (!allowed) {
    throw new AppError({
      code: 'cross_origin',
      status: 403,
      title: 'Not allowed',
      detail: 'The request came from another site; use the console itself.',
    });
  }
  next();
};

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}
