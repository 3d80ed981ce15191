// Package bot is Briefbot's core: the domain types (articles, briefings,
// messages), the interfaces the engine consumes (Briefer, Answerer, Fetcher,
// Chat, ThreadStore), the grounding contract and the conversation engine.
// It imports no adapter; adapters import it, and only cmd wires them.
package bot
