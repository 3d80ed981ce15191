package web

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"strings"
	"testing"

	"golang.org/x/net/dns/dnsmessage"
	"golang.org/x/net/html"

	"github.com/briefbot/briefbot/bot"
)

// testLimits keep test pages short.
var testLimits = bot.Limits{MinWords: 20, MaxWords: 10_000}

// articleWords is an original filler paragraph of plain words.
const articleWords = "The river authority said on Tuesday that water levels had fallen for a third week, " +
	"and that farmers downstream should expect the irrigation schedule to stay in place until the autumn rains arrive."

// page returns a small HTML article page whose paragraphs are paras.
func page(title string, paras ...string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// wantError checks that err is a *bot.Error with the code and, if msg is
// not empty, a message containing msg; and that the message is one line.
func wantError(t *testing.T, err error, code, msg string) *bot.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %s error %q", code, msg)
	}
	var be *bot.Error
	if !errors.As(err, &be) {
		t.Fatalf("error %v (%T) is not a *bot.Error", err, err)
	}
	if be.Code != code {
		t.Errorf("error code = %q, want %q (error: %v)", be.Code, code, err)
	}
	if msg != "" && !strings.Contains(be.Message, msg) {
		t.Errorf("error message = %q, want it to contain %q", be.Message, msg)
	}
	if strings.ContainsAny(be.Message, "\n\r") {
		t.Errorf("error message is not one line: %q", be.Message)
	}
	for _, leak := range []string{"dial tcp", "context deadline", "x509", "net/http", "%!"} {
		if strings.Contains(be.Message, leak) {
			t.Errorf("error message leaks Go detail %q: %q", leak, be.Message)
		}
	}
	return be
}

// fakeDNS is a DNS server on loopback that answers every A query with
// addr4 and every AAAA query with addr6 (if valid), for resolver tests.
type fakeDNS struct {
	pc     net.PacketConn
	addr4  netip.Addr
	addr6  netip.Addr
	closed chan struct{}
}

func startFakeDNS(t *testing.T, addr4, addr6 netip.Addr) *fakeDNS {
	t.Helper()
	pc, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("fake DNS: %v", err)
	}
	d := &fakeDNS{pc: pc, addr4: addr4, addr6: addr6, closed: make(chan struct{})}
	go d.serve()
	t.Cleanup(func() {
		pc.Close()
		<-d.closed
	})
	return d
}

func (d *fakeDNS) serve() {
	defer close(d.closed)
	buf := make([]byte, 1500)
	for {
		n, from, err := d.pc.ReadFrom(buf)
		if err != nil {
			return
		}
		if resp, err := d.answer(buf[:n]); err == nil {
			d.pc.WriteTo(resp, from)
		}
	}
}

func (d *fakeDNS) answer(query []byte) ([]byte, error) {
	var p dnsmessage.Parser
	h, err := p.Start(query)
	if err != nil {
		return nil, err
	}
	q, err := p.Question()
	if err != nil {
		return nil, err
	}
	b := dnsmessage.NewBuilder(nil, dnsmessage.Header{ID: h.ID, Response: true, Authoritative: true, RecursionDesired: h.RecursionDesired, RecursionAvailable: true})
	b.EnableCompression()
	if err := b.StartQuestions(); err != nil {
		return nil, err
	}
	if err := b.Question(q); err != nil {
		return nil, err
	}
	if err := b.StartAnswers(); err != nil {
		return nil, err
	}
	rh := dnsmessage.ResourceHeader{Name: q.Name, Class: dnsmessage.ClassINET, TTL: 0}
	switch {
	case q.Type == dnsmessage.TypeA && d.addr4.IsValid():
		if err := b.AResource(rh, dnsmessage.AResource{A: d.addr4.As4()}); err != nil {
			return nil, err
		}
	case q.Type == dnsmessage.TypeAAAA && d.addr6.IsValid():
		if err := b.AAAAResource(rh, dnsmessage.AAAAResource{AAAA: d.addr6.As16()}); err != nil {
			return nil, err
		}
	}
	return b.Finish()
}

// resolver returns a resolver that asks only this server.
func (d *fakeDNS) resolver() *net.Resolver {
	addr := d.pc.LocalAddr().String()
	return &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var dl net.Dialer
			return dl.DialContext(ctx, "udp", addr)
		},
	}
}

// mustParse parses an HTML fragment as a document.
func mustParse(t *testing.T, s string) *html.Node {
	t.Helper()
	n, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return n
}
