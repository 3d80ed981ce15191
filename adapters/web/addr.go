package web

import (
	"context"
	"errors"
	"fmt"
	"net/netip"
	"strings"
	"syscall"

	"github.com/briefbot/briefbot/bot"
)

// msgForbidden is the user-facing refusal for non-public addresses.
const msgForbidden = "Briefbot does not open links to private or local network addresses."

// addrRange is a block of addresses that is not publicly routable.
type addrRange struct {
	prefix netip.Prefix
	kind   string
}

// nonPublic lists the special-purpose blocks (IANA IPv4 and IPv6
// Special-Purpose Address Registries) that a fetch must never reach.
// IPv4-mapped, IPv4-compatible and NAT64 addresses are handled in
// classifyAddr by checking the embedded IPv4 address.
var nonPublic = func() []addrRange {
	blocks := []struct{ cidr, kind string }{
		// IPv4.
		{"0.0.0.0/8", "this-network"},
		{"10.0.0.0/8", "private"},
		{"100.64.0.0/10", "shared (CGNAT)"},
		{"127.0.0.0/8", "loopback"},
		{"169.254.0.0/16", "link-local"},
		{"172.16.0.0/12", "private"},
		{"192.0.0.0/24", "IETF protocol assignment"},
		{"192.0.2.0/24", "documentation"},
		{"192.31.196.0/24", "AS112"},
		{"192.52.193.0/24", "AMT"},
		{"192.88.99.0/24", "6to4 relay"},
		{"192.168.0.0/16", "private"},
		{"192.175.48.0/24", "AS112"},
		{"198.18.0.0/15", "benchmarking"},
		{"198.51.100.0/24", "documentation"},
		{"203.0.113.0/24", "documentation"},
		{"224.0.0.0/4", "multicast"},
		{"240.0.0.0/4", "reserved"}, // includes 255.255.255.255 broadcast
		// IPv6 (beyond "not in 2000::/3", checked first).
		{"64:ff9b:1::/48", "NAT64 local-use"},
		{"2001::/23", "IETF protocol assignment"}, // Teredo, ORCHID, …
		{"2001:db8::/32", "documentation"},
		{"2002::/16", "6to4"},
		{"3fff::/20", "documentation"},
		{"fc00::/7", "private (unique local)"},
		{"fe80::/10", "link-local"},
		{"fec0::/10", "site-local"},
		{"ff00::/8", "multicast"},
	}
	out := make([]addrRange, len(blocks))
	for i, b := range blocks {
		out[i] = addrRange{netip.MustParsePrefix(b.cidr), b.kind}
	}
	return out
}()

var (
	globalUnicast6 = netip.MustParsePrefix("2000::/3")
	nat64          = netip.MustParsePrefix("64:ff9b::/96")
	v4Compatible   = netip.MustParsePrefix("::/96")
)

// IsPublicAddr reports whether ip is a publicly routable unicast address:
// not loopback, private, link-local, multicast, unspecified, CGNAT,
// documentation or otherwise reserved. IPv4-mapped and NAT64 IPv6 addresses
// are judged by the IPv4 address they carry.
func IsPublicAddr(ip netip.Addr) bool {
	return classifyAddr(ip) == ""
}

// classifyAddr returns "" when ip is public, or else the kind of non-public
// block it belongs to ("loopback", "private", …).
func classifyAddr(ip netip.Addr) string {
	if !ip.IsValid() {
		return "invalid"
	}
	ip = ip.WithZone("")
	if ip.Is4In6() {
		return classifyAddr(ip.Unmap())
	}
	if ip.Is6() {
		switch {
		case ip.IsUnspecified():
			return "unspecified"
		case ip.IsLoopback():
			return "loopback"
		case v4Compatible.Contains(ip):
			return "IPv4-compatible"
		case nat64.Contains(ip):
			// The well-known NAT64 prefix reaches the embedded IPv4 address.
			b := ip.As16()
			return classifyAddr(netip.AddrFrom4([4]byte(b[12:16])))
		}
		for _, r := range nonPublic {
			if r.prefix.Addr().Is6() && r.prefix.Contains(ip) {
				return r.kind
			}
		}
		if !globalUnicast6.Contains(ip) {
			return "reserved"
		}
		return ""
	}
	for _, r := range nonPublic {
		if r.prefix.Addr().Is4() && r.prefix.Contains(ip) {
			return r.kind
		}
	}
	return ""
}

// ErrNonPublicAddress is in the chain of the error Fetch returns for a
// link refused because it leads to a loopback, private or otherwise
// non-public address (errors.Is), the refusal Options.AllowPrivateHosts
// lifts. The error's message, for chat users, does not say how to lift
// it: a command run by the operator can, finding this.
var ErrNonPublicAddress = errors.New("non-public address")

// forbiddenAddrError is returned by the dialer's Control function when a
// connection to a non-public address is refused.
type forbiddenAddrError struct {
	addr string
	kind string
}

func (e *forbiddenAddrError) Error() string {
	return fmt.Sprintf("refusing to connect to %s address %s", e.kind, e.addr)
}

// Is makes a refusal that AllowPrivateHosts lifts match
// ErrNonPublicAddress; the refusals of what is never allowed (a non-TCP
// network, an address that cannot be parsed) do not.
func (e *forbiddenAddrError) Is(target error) bool {
	return target == ErrNonPublicAddress && e.kind != kindUnparseable && !strings.HasPrefix(e.kind, kindNonTCP)
}

// Kinds of refusal that AllowPrivateHosts does not lift.
const (
	kindUnparseable = "unparseable"
	kindNonTCP      = "non-TCP"
)

// checkAddr returns a *forbiddenAddrError unless a connection to ap is
// allowed by the fetcher's policy.
func (f *Fetcher) checkAddr(ap netip.AddrPort) error {
	if f.opts.AllowPrivateHosts {
		return nil
	}
	if f.allowAddr != nil && f.allowAddr(ap) {
		return nil
	}
	if kind := classifyAddr(ap.Addr()); kind != "" {
		return &forbiddenAddrError{addr: ap.String(), kind: kind}
	}
	return nil
}

// dialControl is the net.Dialer Control hook. It runs after the address is
// resolved and before the socket connects, so it judges the very IP being
// connected to: a DNS answer that changes between checks (DNS rebinding)
// cannot get past it.
func (f *Fetcher) dialControl(_ context.Context, network, address string, _ syscall.RawConn) error {
	if !strings.HasPrefix(network, "tcp") {
		return &forbiddenAddrError{addr: address, kind: kindNonTCP + " (" + network + ")"}
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		// Fail closed: an address we cannot parse is not an address we
		// can vouch for.
		return &forbiddenAddrError{addr: address, kind: kindUnparseable}
	}
	return f.checkAddr(ap)
}

// checkHost refuses, before any connection, a URL host that is an IP
// literal outside the public ranges or a name that always means this
// machine. It is a fast path for a clear error; the dialer's Control hook
// is what enforces the policy.
func (f *Fetcher) checkHost(host string, port uint16) error {
	if f.opts.AllowPrivateHosts {
		return nil
	}
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return bot.WrapError(&forbiddenAddrError{addr: host, kind: "loopback"}, bot.EForbidden, opFetch, msgForbidden)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return nil // a name: judged at connection time
	}
	p := netip.AddrPortFrom(ip.WithZone(""), port)
	if err := f.checkAddr(p); err != nil {
		return bot.WrapError(err, bot.EForbidden, opFetch, msgForbidden)
	}
	return nil
}

// asForbidden returns the refusal in err's chain, if any.
func asForbidden(err error) (*forbiddenAddrError, bool) {
	var fe *forbiddenAddrError
	ok := errors.As(err, &fe)
	return fe, ok
}
