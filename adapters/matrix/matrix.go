// Package matrix is briefbot's Matrix adapter: it syncs with a homeserver
// as a bot account, turns room messages that address the bot into
// requests on a bot.Queue, and posts the engine's replies in threads, as
// HTML with a plain-text body. It uses maunium.net/go/mautrix.
//
// End-to-end encryption uses mautrix's cryptohelper with the pure-Go Olm
// implementation, selected by the goolm build tag; its state lives in the
// bot's database (a *dbutil.Database handed to New), encrypted with the
// pickle key. Built without the tag, New refuses a crypto database.
//
// The sync token (next_batch) is kept in the bot's bot.StateStore and
// saved only after a batch's events were accepted by the queue, so a
// restart neither replays answered messages (the queue's idempotency key
// drops any repeat) nor misses messages sent while the bot was down.
package matrix

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"go.mau.fi/util/dbutil"
	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/briefbot/briefbot/bot"
)

// Platform is the bot.Message platform name of this adapter.
const Platform = "matrix"

// Config configures the adapter. Homeserver and UserID are required, and
// AccessToken or Password.
type Config struct {
	// Homeserver is the client API base URL (https://matrix.example.org).
	Homeserver string
	// UserID is the bot's full user id (@briefbot:example.org).
	UserID string
	// AccessToken logs in with an existing session; its device is used.
	AccessToken string
	// Password logs in with a password; the device id is kept in the
	// state store so restarts reuse the device (and its keys).
	Password string
	// PickleKey encrypts the crypto state in the database; required when
	// a crypto database is given (end-to-end encryption is on).
	PickleKey string
	// RecoveryKey is the recovery key of the account's secret storage,
	// which holds its cross-signing keys (MATRIX_RECOVERY_KEY; see
	// crosssign.go). Empty: a new one is made if the account has no
	// cross-signing keys yet, and written once to RecoveryKeyOutput.
	RecoveryKey string
	// RecoveryKeyOutput receives a new recovery key, once (default
	// os.Stderr); recovery keys are never logged.
	RecoveryKeyOutput io.Writer
	// DeviceName is the display name of a new device (default "Briefbot").
	DeviceName string
	// AllowedInviters are the users (@alice:example.org) and servers
	// (":example.org") whose invites the bot accepts; default the bot's
	// own server. "*" allows everyone.
	AllowedInviters []string
	// Admit, when set, says whether a message may be submitted at all
	// (bot.Engine.Admit: the bot's policy on rooms and people, the same on
	// every platform). Rate limits are charged by the engine.
	Admit func(m *bot.Message) bool
	// IgnoreBots ignores m.notice messages, which bots send by convention.
	IgnoreBots bool
	// BotUsers are other bots' user ids, whose messages are ignored.
	BotUsers []string
	// CallTimeout bounds one attempt of a call to the homeserver (default
	// 90 s); a call that gets no answer in time is retried.
	CallTimeout time.Duration
	// Logger receives the adapter's log; message bodies are never logged
	// above debug level, tokens and the pickle key never.
	Logger *slog.Logger
	// Language is the language code of the bot's own words in replies
	// (headings, labels, footers; BRIEFBOT_LANGUAGE); "" shows them in the
	// language of the briefing or article, English when it has none.
	Language string
}

// Adapter is a Matrix chat for the engine. It implements bot.Chat,
// bot.Editor and bot.ProgressReporter.
type Adapter struct {
	cfg    Config
	cli    *mautrix.Client
	syncer *mautrix.DefaultSyncer
	state  bot.StateStore
	q      bot.Queue
	log    *slog.Logger
	crypto mautrix.CryptoHelper // nil without end-to-end encryption
	me     identity
	bots   map[id.UserID]bool

	// timelineLimit is the sync filter's timeline limit (tests lower it).
	timelineLimit int
	// policy retries the adapter's own calls.
	policy retryPolicy

	// batch is the sync batch in progress: its handlers record here
	// whether every request was accepted, so the token is saved only
	// then.
	batch struct {
		sync.Mutex
		failed  error
		initial bool
		// joined is set when the batch holds the bot's own join to a
		// room: the sync never resumes from before it.
		joined bool
	}
	synced    chan struct{} // closed after the first sync is processed
	health    syncHealth    // the sync loop's state, for Ready
	syncOnce  sync.Once
	typingCtx context.Context
	stop      context.CancelFunc
	bg        sync.WaitGroup // background progress signals

	mu        sync.Mutex
	members   map[id.RoomID]map[id.UserID]bool // joined members, cached
	direct    map[id.RoomID]bool               // rooms known to be DMs
	sent      map[id.EventID]id.EventID        // the bot's events → their thread root
	sentOrder []id.EventID
	latest    map[bot.Target]id.EventID // the latest request in each thread
	work      map[id.EventID]*progressState
	typing    map[id.RoomID]*typingState
	warned    map[string]bool // once-only notices already sent (in memory)
	joinedAt  map[id.RoomID]time.Time

	// Stats for tests and metrics.
	submitted atomic.Int64
}

var (
	_ bot.Chat             = (*Adapter)(nil)
	_ bot.Finder           = (*Adapter)(nil)
	_ bot.Editor           = (*Adapter)(nil)
	_ bot.ProgressReporter = (*Adapter)(nil)
)

// httpTimeout bounds any one HTTP request to the homeserver.
const httpTimeout = syncTimeout + 2*time.Minute

// maxSent bounds the map of the bot's own events kept to resolve replies.
const maxSent = 4096

// New logs in, sets up encryption when cryptoDB is non-nil, and returns an
// adapter that submits requests to q. Run starts it. cryptoDB holds the
// crypto state (see NewCryptoDB); it may be nil to run without end-to-end
// encryption, in which case the bot tells people in encrypted rooms that
// it cannot read them.
func New(ctx context.Context, cfg Config, state bot.StateStore, cryptoDB *dbutil.Database, q bot.Queue) (*Adapter, error) {
	if err := cfg.validate(cryptoDB != nil); err != nil {
		return nil, err // names the setting
	}
	if state == nil || q == nil {
		return nil, errors.New("matrix: new: a state store and a queue are required")
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("adapter", Platform)
	cli, err := mautrix.NewClient(cfg.Homeserver, id.UserID(cfg.UserID), "")
	if err != nil {
		return nil, fmt.Errorf("matrix: new: %w", err)
	}
	cli.Log = zerologFor(log)
	// The adapter retries its own calls (honouring retry_after_ms); a
	// second layer of retries inside mautrix would only multiply waits.
	cli.DefaultHTTPRetries = 0
	// The adapter bounds each of its calls (retryPolicy.Try); this bounds
	// the calls mautrix makes on its own (the crypto machine's key
	// uploads and queries), so a homeserver that stops answering cannot
	// stall the sync loop forever. It is longer than a /sync long-poll.
	cli.Client.Timeout = httpTimeout

	a := &Adapter{
		cfg: cfg, cli: cli, state: state, q: q, log: log,
		bots:          map[id.UserID]bool{},
		timelineLimit: 50,
		policy:        sendPolicy.withTry(cfg.CallTimeout),
		synced:        make(chan struct{}),
		members:       map[id.RoomID]map[id.UserID]bool{},
		direct:        map[id.RoomID]bool{},
		sent:          map[id.EventID]id.EventID{},
		latest:        map[bot.Target]id.EventID{},
		work:          map[id.EventID]*progressState{},
		typing:        map[id.RoomID]*typingState{},
		warned:        map[string]bool{},
		joinedAt:      map[id.RoomID]time.Time{},
	}
	a.typingCtx, a.stop = context.WithCancel(context.WithoutCancel(ctx))
	for _, u := range cfg.BotUsers {
		a.bots[id.UserID(strings.TrimSpace(u))] = true
	}
	if err := a.login(ctx); err != nil {
		return nil, fmt.Errorf("matrix: new: %w", err)
	}
	a.noteReached(ctx)
	a.me = identity{UserID: cli.UserID, DisplayName: a.displayName(ctx)}
	// The sync token lives in the state store; this store only keeps
	// cryptohelper from installing its own.
	cli.Store = &syncStore{a: a}

	a.syncer = mautrix.NewDefaultSyncer()
	cli.Syncer = a.syncer
	a.syncer.OnEventType(event.EventMessage, a.onMessage)
	a.syncer.OnEventType(event.StateMember, a.onMember)
	a.syncer.OnEventType(event.AccountDataDirectChats, a.onDirectChats)
	if cryptoDB != nil {
		ch, err := newCrypto(ctx, cli, []byte(cfg.PickleKey), cryptoDB, a.onUndecryptable)
		if err != nil {
			return nil, fmt.Errorf("matrix: new: %w", err)
		}
		a.crypto = ch
	} else {
		a.syncer.OnEventType(event.EventEncrypted, a.onEncryptedWithoutCrypto)
	}
	if err := a.setUpCrossSigning(ctx); err != nil {
		return nil, err // names MATRIX_RECOVERY_KEY
	}
	log.Info("logged in", "user", string(cli.UserID), "device", string(cli.DeviceID), "e2ee", a.crypto != nil)
	return a, nil
}

// validate checks cfg; its errors name the setting at fault
// ("setting MATRIX_USER_ID: …"), by the names briefbot reads them from.
func (cfg *Config) validate(e2ee bool) error {
	switch {
	case strings.TrimSpace(cfg.Homeserver) == "":
		return errors.New("setting MATRIX_HOMESERVER: required (the homeserver's URL, e.g. https://matrix.example.org)")
	case cfg.AccessToken == "" && cfg.Password == "":
		return errors.New("setting MATRIX_ACCESS_TOKEN or MATRIX_PASSWORD: one is required to log in")
	case cfg.AccessToken == "" && cfg.UserID == "":
		return errors.New("setting MATRIX_USER_ID: required to log in with MATRIX_PASSWORD (e.g. @briefbot:example.org)")
	case e2ee && cfg.PickleKey == "":
		return errors.New("setting MATRIX_PICKLE_KEY: required for end-to-end encryption")
	case e2ee && !e2eeAvailable:
		return fmt.Errorf("setting MATRIX_PICKLE_KEY: %w", errNoGoolm)
	}
	if u, err := url.Parse(strings.TrimSpace(cfg.Homeserver)); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		shown := cfg.Homeserver
		if err == nil {
			shown = u.Redacted()
		}
		return fmt.Errorf("setting MATRIX_HOMESERVER: want the http(s) URL Matrix clients use, such as https://matrix.example.org, got %q", shown)
	}
	if cfg.UserID != "" {
		if _, _, err := id.UserID(cfg.UserID).Parse(); err != nil {
			return fmt.Errorf("setting MATRIX_USER_ID: %q is not a Matrix user id (want @name:server, e.g. @briefbot:example.org)", cfg.UserID)
		}
	}
	return nil
}

// deviceKey is the state store key of the bot's device id.
func deviceKey(u id.UserID) string { return "matrix/" + string(u) + "/device_id" }

// tokenKey is the state store key of the sync token.
func tokenKey(u id.UserID) string { return "matrix/" + string(u) + "/next_batch" }

// login logs in with the access token or the password, reusing the device
// id kept from an earlier password login.
func (a *Adapter) login(ctx context.Context) error {
	cli := a.cli
	if a.cfg.AccessToken != "" {
		cli.AccessToken = a.cfg.AccessToken
		var who *mautrix.RespWhoami
		err := a.policy.do(ctx, "whoami", func(ctx context.Context) (err error) {
			who, err = cli.Whoami(ctx)
			return err
		}, a.logRetryDebug("whoami"))
		if err != nil {
			return fmt.Errorf("log in with access token: %w", err)
		}
		if a.cfg.UserID != "" && who.UserID != id.UserID(a.cfg.UserID) {
			return fmt.Errorf("log in: the access token belongs to %s, not %s", who.UserID, a.cfg.UserID)
		}
		cli.UserID, cli.DeviceID = who.UserID, who.DeviceID
		return nil
	}
	user := id.UserID(a.cfg.UserID)
	var device id.DeviceID
	if v, err := a.state.State(ctx, deviceKey(user)); err == nil {
		device = id.DeviceID(v)
	} else if bot.ErrorCode(err) != bot.ENotFound {
		return fmt.Errorf("log in: load device id: %w", err)
	}
	name := a.cfg.DeviceName
	if name == "" {
		name = "Briefbot"
	}
	err := a.policy.do(ctx, "login", func(ctx context.Context) error {
		_, err := cli.Login(ctx, &mautrix.ReqLogin{
			Type:                     mautrix.AuthTypePassword,
			Identifier:               mautrix.UserIdentifier{Type: mautrix.IdentifierTypeUser, User: string(user)},
			Password:                 a.cfg.Password,
			DeviceID:                 device,
			InitialDeviceDisplayName: name,
			StoreCredentials:         true,
		})
		return err
	}, a.logRetryDebug("login"))
	if err != nil {
		return fmt.Errorf("log in as %s: %w", user, err)
	}
	if cli.DeviceID != device {
		if err := a.state.SetState(ctx, deviceKey(cli.UserID), []byte(cli.DeviceID)); err != nil {
			return fmt.Errorf("log in: save device id: %w", err)
		}
	}
	return nil
}

// displayName returns the bot's display name, or its localpart.
func (a *Adapter) displayName(ctx context.Context) string {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	resp, err := a.cli.GetOwnDisplayName(ctx)
	if err != nil || resp.DisplayName == "" {
		return a.cli.UserID.Localpart()
	}
	return resp.DisplayName
}

// UserID returns the bot's user id.
func (a *Adapter) UserID() id.UserID { return a.cli.UserID }

// DeviceID returns the bot's device id.
func (a *Adapter) DeviceID() id.DeviceID { return a.cli.DeviceID }

// Client returns the underlying mautrix client, for tests and tools.
func (a *Adapter) Client() *mautrix.Client { return a.cli }

// Synced is closed once the first sync after Run started was processed.
func (a *Adapter) Synced() <-chan struct{} { return a.synced }

// Close stops the adapter's background work (typing notifications) and
// waits for progress reactions in flight. It does not close the crypto
// database, which belongs to the caller.
func (a *Adapter) Close() error {
	a.stop()
	a.bg.Wait()
	return nil
}

func (a *Adapter) logRetry(op string) func(err error, n int, wait time.Duration) {
	return func(err error, n int, wait time.Duration) {
		a.log.Warn("matrix call failed, retrying", "op", op, "attempt", n, "wait", wait, "err", err)
	}
}

// logRetryDebug is logRetry at debug level, for the log-in in New: a
// caller that retries New when it fails logs once for all of its tries.
func (a *Adapter) logRetryDebug(op string) func(err error, n int, wait time.Duration) {
	return func(err error, n int, wait time.Duration) {
		a.log.Debug("matrix call failed, retrying", "op", op, "attempt", n, "wait", wait, "err", err)
	}
}

// syncStore satisfies mautrix's SyncStore with the bot's state store. The
// adapter's own sync loop reads and writes the token directly; this is
// here so that cryptohelper does not substitute its own store.
type syncStore struct{ a *Adapter }

func (s *syncStore) SaveFilterID(context.Context, id.UserID, string) error { return nil }
func (s *syncStore) LoadFilterID(context.Context, id.UserID) (string, error) {
	return "", nil
}
func (s *syncStore) SaveNextBatch(ctx context.Context, u id.UserID, token string) error {
	return s.a.state.SetState(ctx, tokenKey(u), []byte(token))
}
func (s *syncStore) LoadNextBatch(ctx context.Context, u id.UserID) (string, error) {
	v, err := s.a.state.State(ctx, tokenKey(u))
	if bot.ErrorCode(err) == bot.ENotFound {
		return "", nil
	}
	return string(v), err
}
