import type { Request, Response } from 'express';
import { stringifySetCookie } from 'cookie';

/** The session cookie's name: HttpOnly, SameSite=Lax, Secure behind HTTPS. */
export const SESSION_COOKIE = 'chime_console_session';

/** `auto`: Secure exactly when the request came over HTTPS (as the proxy says, when one is trusted). */
export type CookieSecurity = 'auto' | 'true' | 'false';

export interface SessionCookie {
  set: (token: string, maxAgeSeconds: number) => void;
  clear: () => void;
}

/** The session cookie of one response. */
export function sessionCookie(req: Request, res: Response, security: CookieSecurity): SessionCookie {
  const secure = security === 'auto' ? req.secure : security === 'true';
  const write = (value: string, maxAge: number) => {
    res.append(
      'set-cookie',
      stringifySetCookie({ name: SESSION_COOKIE, value, httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge }),
    );
  };
  return {
    set: write,
    clear: () => {
      write('', 0);
    },
  };
}
