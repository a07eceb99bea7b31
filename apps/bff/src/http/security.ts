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
 * State-changing API calls must send JSON. A cross-site HTML form cannot, so together with
 * SameSite=Lax cookies this also keeps login from being forged.
 */
export const requireJson: RequestHandler = (req, _res, next) => {
  const hasBody = req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0';
  if (BODYLESS.has(req.method) || !hasBody || req.is('application/json')) {
    next();
    return;
  }
  throw new AppError({
    code: 'unsupported_media_type',
    status: 415,
    title: 'Unsupported media type',
    detail: 'Send the request body as application/json.',
  });
};
