package web

import (
	"errors"
	"net/netip"
	"testing"
)

func TestClassifyAddr(t *testing.T) {
	tests := []struct {
		addr string
		kind string // "" for public
	}{
		// Public IPv4.
		{"8.8.8.8", ""},
		{"1.1.1.1", ""},
		{"93.184.215.14", ""},
		{"151.101.1.69", ""},
		{"100.63.255.255", ""},  // just below CGNAT
		{"100.128.0.0", ""},     // just above CGNAT
		{"172.15.255.255", ""},  // just below 172.16/12
		{"172.32.0.0", ""},      // just above 172.16/12
		{"192.0.1.1", ""},       // between 192.0.0/24 and 192.0.2/24
		{"198.20.0.1", ""},      // above benchmarking 198.18/15
		{"223.255.255.255", ""}, // last before multicast
		{"11.0.0.1", ""},
		{"9.255.255.255", ""},

		// Non-public IPv4.
		{"0.0.0.0", "this-network"},
		{"0.1.2.3", "this-network"},
		{"10.0.0.1", "private"},
		{"10.255.255.255", "private"},
		{"100.64.0.1", "shared (CGNAT)"},
		{"100.127.255.254", "shared (CGNAT)"},
		{"127.0.0.1", "loopback"},
		{"127.1.2.3", "loopback"},
		{"169.254.169.254", "link-local"}, // cloud metadata
		{"169.254.0.1", "link-local"},
		{"172.16.0.1", "private"},
		{"172.31.255.255", "private"},
		{"192.0.0.8", "IETF protocol assignment"},
		{"192.0.2.10", "documentation"},
		{"192.88.99.1", "6to4 relay"},
		{"192.168.1.1", "private"},
		{"198.18.0.1", "benchmarking"},
		{"198.19.255.255", "benchmarking"},
		{"198.51.100.7", "documentation"},
		{"203.0.113.9", "documentation"},
		{"224.0.0.1", "multicast"},
		{"239.255.255.250", "multicast"},
		{"240.0.0.1", "reserved"},
		{"255.255.255.255", "reserved"},

		// Public IPv6.
		{"2606:4700:4700::1111", ""},
		{"2001:4860:4860::8888", ""},
		{"2a00:1450:4001:80e::200e", ""},
		{"2001:200::1", ""},      // just above 2001::/23
		{"64:ff9b::808:808", ""}, // NAT64 of 8.8.8.8

		// Non-public IPv6.
		{"::", "unspecified"},
		{"::1", "loopback"},
		{"::7f00:1", "IPv4-compatible"},
		{"fe80::1", "link-local"},
		{"fe80::1%eth0", "link-local"},
		{"febf:ffff::1", "link-local"},
		{"fec0::1", "site-local"},
		{"fc00::1", "private (unique local)"},
		{"fd12:3456:789a::1", "private (unique local)"},
		{"ff02::1", "multicast"},
		{"ff05::2", "multicast"},
		{"2001:db8::1", "documentation"},
		{"3fff::1", "documentation"},
		{"2001::1", "IETF protocol assignment"}, // Teredo
		{"2002:7f00:1::1", "6to4"},
		{"64:ff9b::7f00:1", "loopback"},      // NAT64 of 127.0.0.1
		{"64:ff9b::a9fe:a9fe", "link-local"}, // NAT64 of 169.254.169.254
		{"64:ff9b:1::1", "NAT64 local-use"},
		{"100::1", "reserved"}, // discard-only
		{"4000::1", "reserved"},
		{"1::1", "reserved"},

		// IPv4-mapped IPv6 is judged as IPv4.
		{"::ffff:127.0.0.1", "loopback"},
		{"::ffff:10.1.2.3", "private"},
		{"::ffff:169.254.169.254", "link-local"},
		{"::ffff:100.64.1.1", "shared (CGNAT)"},
		{"::ffff:0.0.0.0", "this-network"},
		{"::ffff:8.8.8.8", ""},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			ip := netip.MustParseAddr(tt.addr)
			if got := classifyAddr(ip); got != tt.kind {
				t.Errorf("classifyAddr(%s) = %q, want %q", tt.addr, got, tt.kind)
			}
			if got, want := IsPublicAddr(ip), tt.kind == ""; got != want {
				t.Errorf("IsPublicAddr(%s) = %v, want %v", tt.addr, got, want)
			}
		})
	}
	if IsPublicAddr(netip.Addr{}) {
		t.Error("IsPublicAddr(zero Addr) = true, want false")
	}
}

func TestDialControl(t *testing.T) {
	f := New(Options{})
	tests := []struct {
		network, address string
		ok               bool
		private          bool // refused as non-public: AllowPrivateHosts lifts it
	}{
		{"tcp4", "8.8.8.8:443", true, false},
		{"tcp6", "[2606:4700:4700::1111]:443", true, false},
		{"tcp4", "127.0.0.1:80", false, true},
		{"tcp6", "[::1]:80", false, true},
		{"tcp6", "[::ffff:127.0.0.1]:80", false, true},
		{"tcp4", "169.254.169.254:80", false, true},
		{"tcp6", "[fe80::1%eth0]:80", false, true},
		{"udp4", "8.8.8.8:53", false, false}, // only TCP is dialled
		{"tcp4", "not-an-address", false, false},
	}
	for _, tt := range tests {
		err := f.dialControl(t.Context(), tt.network, tt.address, nil)
		if (err == nil) != tt.ok {
			t.Errorf("dialControl(%s, %s) = %v, want ok=%v", tt.network, tt.address, err, tt.ok)
		}
		if err != nil {
			if _, ok := asForbidden(err); !ok {
				t.Errorf("dialControl(%s, %s) error %T is not a forbiddenAddrError", tt.network, tt.address, err)
			}
		}
		if got := errors.Is(err, ErrNonPublicAddress); got != tt.private {
			t.Errorf("dialControl(%s, %s): errors.Is(ErrNonPublicAddress) = %v, want %v", tt.network, tt.address, got, tt.private)
		}
	}
	allow := New(Options{AllowPrivateHosts: true})
	if err := allow.dialControl(t.Context(), "tcp4", "127.0.0.1:80", nil); err != nil {
		t.Errorf("AllowPrivateHosts: dialControl(127.0.0.1) = %v, want nil", err)
	}
}
