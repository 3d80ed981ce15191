package matrix

import (
	"context"
	"encoding/json"
	"log/slog"

	"github.com/rs/zerolog"
)

// zerologFor returns a zerolog logger (mautrix's) that forwards to log:
// warnings and errors, and debug messages when log is at debug level.
// mautrix logs neither tokens nor message bodies at these levels.
func zerologFor(log *slog.Logger) zerolog.Logger {
	level := zerolog.WarnLevel
	if log.Enabled(context.Background(), slog.LevelDebug) {
		level = zerolog.DebugLevel
	}
	return zerolog.New(slogWriter{log: log}).Level(level).With().Timestamp().Logger()
}

// slogWriter turns zerolog's JSON lines into slog records.
type slogWriter struct{ log *slog.Logger }

func (w slogWriter) Write(p []byte) (int, error) {
	var rec map[string]any
	if err := json.Unmarshal(p, &rec); err != nil {
		w.log.Warn("mautrix: " + string(p))
		return len(p), nil
	}
	msg, _ := rec[zerolog.MessageFieldName].(string)
	lvl, _ := rec[zerolog.LevelFieldName].(string)
	delete(rec, zerolog.MessageFieldName)
	delete(rec, zerolog.LevelFieldName)
	delete(rec, zerolog.TimestampFieldName)
	attrs := make([]any, 0, 2*len(rec))
	for k, v := range rec {
		attrs = append(attrs, k, v)
	}
	level := slog.LevelInfo
	switch {
	case msg == "Request failed":
		// Every call mautrix makes for the adapter is retried or failed
		// by the adapter, which logs it once; the crypto machine logs the
		// failures of its own calls.
		level = slog.LevelDebug
	case lvl == "trace", lvl == "debug":
		level = slog.LevelDebug
	case lvl == "warn":
		level = slog.LevelWarn
	case lvl == "error", lvl == "fatal", lvl == "panic":
		level = slog.LevelError
	}
	w.log.Log(context.Background(), level, "mautrix: "+msg, attrs...)
	return len(p), nil
}
