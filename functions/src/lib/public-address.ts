// Which addresses the functions may post to: public unicast ones only. The ranges come from
// ipaddr.js (a well-kept table of the special ranges), plus the few it leaves out.
import ipaddr from 'ipaddr.js';

/** IPv4 ranges ipaddr.js 1.x calls unicast that are not on the public internet. */
const EXTRA_V4: readonly [string, number][] = [
  ['198.18.0.0', 15], // benchmarking (RFC 2544)
  ['192.0.0.0', 24], // IETF protocol assignments
];

function isPublicV4(address: ipaddr.IPv4): boolean {
  if (address.range() !== 'unicast') return false;
  return !EXTRA_V4.some(([base, bits]) => address.match(ipaddr.IPv4.parse(base), bits));
}

/** The IPv4 address in the last 32 bits of an IPv6 one (NAT64, IPv4-compatible forms). */
function lastV4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = address.toByteArray();
  return new ipaddr.IPv4(bytes.slice(12, 16));
}

/**
 * Rule: an address is public when it is global unicast: not loopback, private (10/8, 172.16/12,
 * 192.168/16), link-local (169.254/16, fe80::/10, which holds the 169.254.169.254 metadata
 * service), carrier-grade NAT (100.64/10), unspecified or 0.0.0.0/8, broadcast, multicast,
 * reserved or documentation, a unique-local IPv6 (fc00::/7, which holds fd00:ec2::254), nor
 * outside the global IPv6 space (2000::/3); an IPv6 form that carries an IPv4 address (mapped,
 * NAT64, 6to4) is judged by that IPv4 address; Teredo is refused. Not an address: not public.
 */
export function isPublicAddress(ip: string): boolean {
  if (!ipaddr.isValid(ip)) return false;
  const address = ipaddr.parse(ip);
  if (address.kind() === 'ipv4') return isPublicV4(address as ipaddr.IPv4);
  const v6 = address as ipaddr.IPv6;
  switch (v6.range()) {
    case 'ipv4Mapped':
      return isPublicV4(v6.toIPv4Address());
    case 'rfc6052':
      return isPublicV4(lastV4(v6));
    case '6to4': {
      const bytes = v6.toByteArray();
      return isPublicV4(new ipaddr.IPv4(bytes.slice(2, 6)));
    }
    case 'unicast':
      return v6.match(ipaddr.IPv6.parse('2000::'), 3);
    default:
      return false;
  }
}

/** Loopback (127/8, ::1 and their mapped form): allowed on the emulators only. */
export function isLoopbackAddress(ip: string): boolean {
  if (!ipaddr.isValid(ip)) return false;
  const address = ipaddr.process(ip);
  return address.range() === 'loopback';
}
