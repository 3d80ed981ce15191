package bot

import "context"

// Queue takes requests for the engine from chat adapters. Submit returns
// once the request is accepted (for a durable queue: written down), so an
// adapter acknowledges the platform only after Submit returns; the engine
// processes the request later, in order within its thread.
type Queue interface {
	// Submit accepts m. A request whose idempotency key was accepted
	// before is dropped without error (a platform's retry or duplicate
	// delivery).
	Submit(ctx context.Context, m *Message) error
}

// Handler processes one request; Engine implements it.
type Handler interface {
	Handle(ctx context.Context, chat Chat, m *Message) error
}
