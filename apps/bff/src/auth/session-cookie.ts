/** The session cookie's name: HttpOnly, SameSite=Lax, Secure behind HTTPS. */
export const SESSION_COOKIE = 'chime_console_session';
