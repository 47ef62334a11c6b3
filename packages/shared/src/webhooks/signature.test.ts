import { describe, expect, it } from 'vitest';
import { signBody, verifySignature } from './signature.ts';

describe('webhook signatures', () => {
  const body = '{"event":"points.posted"}';
  it('verifies its own signature within the tolerance', () => {
    const h = signBody('whsec_a', body, 1_800_000_000);
    expect(h).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature('whsec_a', h, body, 1_800_000_100)).toBe(true);
  });
  it('refuses another secret, a changed body, an old timestamp and garbage', () => {
    const h = signBody('whsec_a', body, 1_800_000_000);
    expect(verifySignature('whsec_b', h, body, 1_800_000_000)).toBe(false);
    expect(verifySignature('whsec_a', h, `${body} `, 1_800_000_000)).toBe(false);
    expect(verifySignature('whsec_a', h, body, 1_800_000_301)).toBe(false);
    expect(verifySignature('whsec_a', 'nonsense', body, 1_800_000_000)).toBe(false);
  });
});
