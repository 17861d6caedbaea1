import { describe, expect, it } from 'vitest';
import { findChromium } from '../support/chromium.mjs';

describe('finding the Chromium the e2e tests drive', () => {
  it('prefers CHROMIUM_PATH when it exists', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' }, (p) => p === '/opt/chrome/chrome')).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('falls back to the Debian chromium binary', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });

  it('says how to install a browser when none is found', () => {
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install -y chromium/);
  });

  it('refuses a CHROMIUM_PATH that does not exist instead of silently using another browser', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow(/\/nope/);
  });
});
