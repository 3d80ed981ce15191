package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"
)

// runHealth asks a running serve whether it is ready (GET /readyz): it
// prints the answer and returns nil when it is 200, an error naming what
// is not ready otherwise (exit status 1). The address is --addr, else
// BRIEFBOT_HTTP_ADDR, else that setting's default; a wildcard host
// (0.0.0.0, ::, none) is asked on the loopback address.
func (m *Main) runHealth(ctx context.Context, args []string) error {
	fs := m.flagSet("health")
	addr := fs.String("addr", "", "HOST:PORT of briefbot serve's HTTP endpoint (default BRIEFBOT_HTTP_ADDR)")
	timeout := fs.Duration("timeout", 5*time.Second, "give up after this long")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"health takes no arguments"}
	}
	if *addr == "" {
		*addr = m.Getenv("BRIEFBOT_HTTP_ADDR")
	}
	if *addr == "" {
		*addr = settingDefault("BRIEFBOT_HTTP_ADDR")
	}
	target, err := dialAddr(*addr)
	if err != nil {
		return usageError{fmt.Sprintf("--addr: %v", err)}
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	url := "http://" + target + "/readyz"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	resp, err := http.DefaultClient.Do(req) //nolint:gosec // the operator's own address
	if err != nil {
		return fmt.Errorf("health: not answering: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return fmt.Errorf("health: read the answer of %s: %w", url, err)
	}
	switch resp.StatusCode {
	case http.StatusOK:
		_, _ = m.Stdout.Write(body)
		return nil
	case http.StatusServiceUnavailable:
		_, _ = m.Stdout.Write(body)
		first, _, _ := strings.Cut(string(body), "\n")
		return errors.New(first) // "not ready: store, slack"
	}
	return fmt.Errorf("health: GET %s answered %s", url, resp.Status)
}

// dialAddr is the address to reach a server listening on addr: a
// wildcard or empty host becomes the loopback address.
func dialAddr(addr string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", err
	}
	if port == "" || port == "0" {
		return "", fmt.Errorf("%q has no port", addr)
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		if ip != nil && ip.To4() == nil {
			host = "::1"
		} else {
			host = "127.0.0.1"
		}
	}
	return net.JoinHostPort(host, port), nil
}
