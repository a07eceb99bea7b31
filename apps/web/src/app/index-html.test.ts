import { endpoints } from '@chime-console/contracts';
import { describe, expect, it } from 'vitest';
import html from '../../index.html?raw';

describe('index.html', () => {
  it('preloads the session request the app makes first, so that the fetch takes the preloaded answer', () => {
    // A fetch() takes a preload only with the same URL and credentials mode (anonymous = same-origin).
    expect(html).toContain(`<link rel="preload" href="${endpoints.me.path}" as="fetch" crossorigin="anonymous" />`);
    expect(endpoints.me.method).toBe('get');
  });
});
