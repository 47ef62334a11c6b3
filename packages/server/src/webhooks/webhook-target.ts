import { type LookupAddress, lookup } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may not reach (server-side request forgery): this host itself and the
 * link-local range, where cloud metadata services answer (169.254.169.254). IPv4-mapped IPv6
 * (`::ffff:127.0.0.1`) is checked against the IPv4 ranges by BlockList itself. Private ranges
 * (10/8, 192.168/16) stay allowed: a receiver inside the acquirer's network is a normal target.
 */
const BLOCKED = new BlockList();
BLOCKED.addSubnet('127.0.0.0', 8, 'ipv4'); // loopback
BLOCKED.addSubnet('169.254.0.0', 16, 'ipv4'); // link-local
BLOCKED.addSubnet('0.0.0.0', 8, 'ipv4'); // unspecified, "this network" (0.0.0.0 reaches this host)
BLOCKED.addSubnet('::', 96, 'ipv6'); // unspecified (::), loopback (::1), the old IPv4-compatible ::a.b.c.d
BLOCKED.addSubnet('fe80::', 10, 'ipv6'); // link-local

/** True for a loopback, link-local or unspecified address, in any of its IPv4 or IPv6 forms. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return BLOCKED.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** Why `host` may not be a target: it is, or resolves to, the blocked `address`. */
const blockedTarget = (host: string, address: string) =>
  `${host === address ? `${address} is` : `${host} resolves to ${address},`} a loopback, link-local or unspecified address (set CORNERSTONE_WEBHOOK_ALLOW_LOOPBACK=true to allow it)`;

/** The URL's host as an address when it is one (`[::1]` → `::1`), else null. */
function literalAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(host) ? host : null;
}

/** A host that may not be a target, and the blocked address it is or resolves to. */
export interface BlockedTarget {
  host: string;
  address: string;
}

function literalBlocked(url: URL, allowLoopback: boolean): BlockedTarget | null {
  const address = literalAddress(url);
  if (allowLoopback || !address || !isBlockedAddress(address)) return null;
  return { host: address, address };
}

/** Why a literal address may not be a target, or null. */
export function literalProblem(url: URL, allowLoopback: boolean): string | null {
  const blocked = literalBlocked(url, allowLoopback);
  return blocked && blockedTarget(blocked.host, blocked.address);
}

const lookupAll = (host: string) =>
  new Promise<LookupAddress[]>((done, fail) =>
    lookup(host, { all: true }, (err, addresses) => (err ? fail(err) : done(addresses))),
  );

/**
 * Why a webhook URL may not be subscribed, or null: its host is, or resolves to (any of its
 * addresses), a blocked address. A name that does not resolve now is let through — there is nothing
 * to reach yet — and every delivery checks again as it connects (`guardedLookup`).
 */
export async function targetProblem(url: URL, allowLoopback: boolean): Promise<BlockedTarget | null> {
  if (allowLoopback) return null;
  if (literalAddress(url)) return literalBlocked(url, allowLoopback);
  let addresses: LookupAddress[];
  try {
    addresses = await lookupAll(url.hostname);
  } catch {
    return null;
  }
  const bad = addresses.find((a) => isBlockedAddress(a.address));
  return bad ? { host: url.hostname, address: bad.address } : null;
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http(s).request that refuses a name resolving to a blocked address. The socket
 * connects to the addresses checked here, so a DNS answer that changes between a check and the
 * connection (rebinding) cannot slip through.
 */
export function guardedLookup(allowLoopback: boolean) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback) => {
    lookup(hostname, { family: options.family ?? 0, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = allowLoopback ? undefined : addresses.find((a) => isBlockedAddress(a.address));
      if (bad)
        return callback(
          Object.assign(new Error(`refused: ${blockedTarget(hostname, bad.address)}`), {
            code: 'EWEBHOOKTARGET',
          }),
          [],
        );
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };
}
