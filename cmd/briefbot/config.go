package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/briefbot/briefbot/adapters/matrix"
	slackad "github.com/briefbot/briefbot/adapters/slack"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/lang"
)

// Config is the bot's configuration: environment variables, optionally
// overridden by a YAML file given with --config. The YAML keys are the
// lower-case environment names (e.g. "briefbot_backend: openai").
type Config struct {
	Backend string // BRIEFBOT_BACKEND: offline (default) or openai
	Model   string // BRIEFBOT_MODEL

	OpenAIKey          string            // OPENAI_API_KEY
	OpenAIBaseURL      string            // OPENAI_BASE_URL
	OpenAIOrg          string            // OPENAI_ORGANIZATION
	OpenAIAPIType      string            // OPENAI_API_TYPE: openai or azure
	OpenAIAPIVersion   string            // OPENAI_API_VERSION (Azure)
	AzureDeployment    string            // AZURE_OPENAI_DEPLOYMENT (Azure deployment for BRIEFBOT_MODEL)
	LLMTimeout         time.Duration     // BRIEFBOT_LLM_TIMEOUT
	LLMMaxTokens       int               // BRIEFBOT_LLM_MAX_TOKENS
	LLMTemperature     *float32          // BRIEFBOT_LLM_TEMPERATURE
	LLMContextWindow   int               // BRIEFBOT_LLM_CONTEXT_WINDOW
	LLMHeaders         map[string]string // BRIEFBOT_LLM_HEADERS: "Name=value,Name2=value2"
	LLMMaxRetries      int               // BRIEFBOT_LLM_MAX_RETRIES
	LLMParallel        int               // BRIEFBOT_LLM_PARALLEL
	Language           string            // BRIEFBOT_LANGUAGE: the bot's own words; "" for the article's language
	SlackBotToken      string            // SLACK_BOT_TOKEN
	SlackAppToken      string            // SLACK_APP_TOKEN
	SlackSigningSecret string            // SLACK_SIGNING_SECRET
	SlackAPIURL        string            // SLACK_API_URL
	SlackTeams         []string          // SLACK_ALLOWED_TEAMS
	SlackChannels      []string          // SLACK_ALLOWED_CHANNELS
	SlackIgnoreBots    bool              // SLACK_IGNORE_BOTS
	SlackWorkers       int               // SLACK_WORKERS
	UserRate           int               // BRIEFBOT_USER_RATE
	ChannelRate        int               // BRIEFBOT_CHANNEL_RATE
	UserQuestionRate   int               // BRIEFBOT_USER_QUESTION_RATE
	ThreadQuestionRate int               // BRIEFBOT_THREAD_QUESTION_RATE
	AllowedConvs       []string          // BRIEFBOT_ALLOWED_CONVERSATIONS
	BlockedUsers       []string          // BRIEFBOT_BLOCKED_USERS
	MatrixHomeserver   string            // MATRIX_HOMESERVER
	MatrixUserID       string            // MATRIX_USER_ID
	MatrixAccessToken  string            // MATRIX_ACCESS_TOKEN
	MatrixPassword     string            // MATRIX_PASSWORD
	MatrixPickleKey    string            // MATRIX_PICKLE_KEY
	MatrixRecoveryKey  string            // MATRIX_RECOVERY_KEY
	MatrixDeviceName   string            // MATRIX_DEVICE_NAME
	MatrixInviters     []string          // MATRIX_ALLOWED_INVITERS
	MatrixIgnoreBots   bool              // MATRIX_IGNORE_BOTS
	MatrixBotUsers     []string          // MATRIX_BOT_USERS
	Admins             string            // BRIEFBOT_ADMINS
	DigestQuiet        bool              // BRIEFBOT_DIGEST_QUIET
	DatabaseURL        string            // BRIEFBOT_DATABASE_URL
	DataDir            string            // BRIEFBOT_DATA_DIR
	HTTPAddr           string            // BRIEFBOT_HTTP_ADDR
	MinWords           int               // BRIEFBOT_MIN_WORDS
	MaxWords           int               // BRIEFBOT_MAX_WORDS
	AllowPrivateHosts  bool              // BRIEFBOT_ALLOW_PRIVATE_HOSTS
	FetchTimeout       time.Duration     // BRIEFBOT_FETCH_TIMEOUT
	LogLevel           string            // BRIEFBOT_LOG_LEVEL: debug, info, warn, error
	RetentionDays      int               // BRIEFBOT_RETENTION_DAYS
	Workers            int               // BRIEFBOT_WORKERS
	JobTimeout         time.Duration     // BRIEFBOT_JOB_TIMEOUT

	baseURLSet  bool // OPENAI_BASE_URL was given, not defaulted
	storeSet    bool // BRIEFBOT_DATA_DIR or BRIEFBOT_DATABASE_URL was given
	logLevelSet bool // BRIEFBOT_LOG_LEVEL was given, not defaulted
}

// setting describes one configuration name.
type setting struct {
	name string
	def  string
	doc  string
	set  func(c *Config, v string) error
}

func str(p func(c *Config) *string) func(*Config, string) error {
	return func(c *Config, v string) error { *p(c) = v; return nil }
}

func integer(p func(c *Config) *int) func(*Config, string) error {
	return func(c *Config, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("want a whole number ≥ 0, got %q", v)
		}
		*p(c) = n
		return nil
	}
}

func duration(p func(c *Config) *time.Duration) func(*Config, string) error {
	return func(c *Config, v string) error {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return fmt.Errorf("want a duration like 30s, got %q", v)
		}
		*p(c) = d
		return nil
	}
}

func boolean(p func(c *Config) *bool) func(*Config, string) error {
	return func(c *Config, v string) error {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("want true or false, got %q", v)
		}
		*p(c) = b
		return nil
	}
}

func list(p func(c *Config) *[]string) func(*Config, string) error {
	return func(c *Config, v string) error {
		var out []string
		for _, f := range strings.Split(v, ",") {
			if f = strings.TrimSpace(f); f != "" {
				out = append(out, f)
			}
		}
		*p(c) = out
		return nil
	}
}

// backquoted puts each value in backquotes, for the README.
func backquoted(vs []string) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = "`" + v + "`"
	}
	return out
}

// orList joins values as "a, b or c".
func orList(vs []string) string {
	if len(vs) < 2 {
		return strings.Join(vs, "")
	}
	return strings.Join(vs[:len(vs)-1], ", ") + " or " + vs[len(vs)-1]
}

// settings lists every configuration name, its default and its meaning;
// the README's configuration table is checked against it by a test.
var settings = []setting{
	{"BRIEFBOT_BACKEND", "offline", "Briefing and answering backend: `offline` (no model, no network) or `openai` (any OpenAI-compatible server).", func(c *Config, v string) error {
		switch v {
		case "offline", "openai":
			c.Backend = v
			return nil
		}
		return fmt.Errorf("want offline or openai, got %q", v)
	}},
	{"BRIEFBOT_MODEL", "gpt-4o-mini", "Model name for the `openai` backend (for Ollama e.g. `llama3.1:8b`).", str(func(c *Config) *string { return &c.Model })},
	{"OPENAI_API_KEY", "", "API key for the `openai` backend (not needed by most local servers).", str(func(c *Config) *string { return &c.OpenAIKey })},
	{"OPENAI_BASE_URL", "https://api.openai.com/v1", "Base URL of any OpenAI-compatible server: OpenAI, Azure, Ollama (`http://localhost:11434/v1`), vLLM, llama.cpp, LM Studio, OpenRouter, Groq.", str(func(c *Config) *string { return &c.OpenAIBaseURL })},
	{"OPENAI_ORGANIZATION", "", "OpenAI organisation id, if any.", str(func(c *Config) *string { return &c.OpenAIOrg })},
	{"OPENAI_API_TYPE", "openai", "`openai`, or `azure` for Azure OpenAI.", func(c *Config, v string) error {
		switch v {
		case "openai", "azure":
			c.OpenAIAPIType = v
			return nil
		}
		return fmt.Errorf("want openai or azure, got %q", v)
	}},
	{"OPENAI_API_VERSION", "2024-10-21", "Azure OpenAI API version.", str(func(c *Config) *string { return &c.OpenAIAPIVersion })},
	{"AZURE_OPENAI_DEPLOYMENT", "", "Azure deployment name serving BRIEFBOT_MODEL (default: the model name).", str(func(c *Config) *string { return &c.AzureDeployment })},
	{"BRIEFBOT_LLM_TIMEOUT", "90s", "Timeout of one model request.", duration(func(c *Config) *time.Duration { return &c.LLMTimeout })},
	{"BRIEFBOT_LLM_MAX_TOKENS", "2048", "Most tokens the model may write per call.", integer(func(c *Config) *int { return &c.LLMMaxTokens })},
	{"BRIEFBOT_LLM_TEMPERATURE", "", "Sampling temperature (empty: the server's default).", func(c *Config, v string) error {
		if v == "" {
			c.LLMTemperature = nil
			return nil
		}
		f, err := strconv.ParseFloat(v, 32)
		if err != nil || f < 0 || f > 2 {
			return fmt.Errorf("want a number from 0 to 2, got %q", v)
		}
		t := float32(f)
		c.LLMTemperature = &t
		return nil
	}},
	{"BRIEFBOT_LLM_CONTEXT_WINDOW", "8192", "The model's context window in tokens; longer articles are briefed in parts.", integer(func(c *Config) *int { return &c.LLMContextWindow })},
	{"BRIEFBOT_LLM_HEADERS", "", "Extra HTTP headers for the model server, `Name=value,Name2=value2` (OpenRouter: `HTTP-Referer=…,X-Title=Briefbot`).", func(c *Config, v string) error {
		c.LLMHeaders = map[string]string{}
		if v == "" {
			return nil
		}
		for _, kv := range strings.Split(v, ",") {
			k, val, ok := strings.Cut(kv, "=")
			if !ok || strings.TrimSpace(k) == "" {
				return fmt.Errorf("want Name=value pairs separated by commas, got %q", kv)
			}
			c.LLMHeaders[strings.TrimSpace(k)] = strings.TrimSpace(val)
		}
		return nil
	}},
	{"BRIEFBOT_LLM_MAX_RETRIES", "3", "Retries of a model call on 429 and 5xx answers, with backoff.", integer(func(c *Config) *int { return &c.LLMMaxRetries })},
	{"BRIEFBOT_LLM_PARALLEL", "2", "How many parts of a long article are briefed at once.", integer(func(c *Config) *int { return &c.LLMParallel })},
	{"BRIEFBOT_LANGUAGE", "", "Language of the bot's own words (the offline backend's paraphrases, summaries and answers; the headings, labels and footers of briefings, answers and digests): " +
		orList(backquoted(lang.Default().Codes())) + ". Empty: the article's language, English for languages without a lexicon.", func(c *Config, v string) error {
		v = strings.ToLower(v)
		if v != "" && lang.Default().Get(v) == nil {
			return fmt.Errorf("want one of %s (empty: the article's language), got %q", strings.Join(lang.Default().Codes(), ", "), v)
		}
		c.Language = v
		return nil
	}},
	{"SLACK_BOT_TOKEN", "", "Slack bot token (`xoxb-…`).", str(func(c *Config) *string { return &c.SlackBotToken })},
	{"SLACK_APP_TOKEN", "", "Slack app-level token for Socket Mode (`xapp-…`).", str(func(c *Config) *string { return &c.SlackAppToken })},
	{"SLACK_SIGNING_SECRET", "", "Slack signing secret for the HTTP Events API.", str(func(c *Config) *string { return &c.SlackSigningSecret })},
	{"SLACK_API_URL", "", "Slack Web API base URL (GovSlack, tests).", str(func(c *Config) *string { return &c.SlackAPIURL })},
	{"SLACK_ALLOWED_TEAMS", "", "Slack workspace (T…) or organisation (E…) ids the bot answers in, comma-separated; empty: all.", list(func(c *Config) *[]string { return &c.SlackTeams })},
	{"SLACK_ALLOWED_CHANNELS", "", "Slack channel ids the bot answers in, comma-separated (the Slack part of BRIEFBOT_ALLOWED_CONVERSATIONS, which it adds to); empty: all (DMs are always allowed in allowed workspaces).", list(func(c *Config) *[]string { return &c.SlackChannels })},
	{"SLACK_IGNORE_BOTS", "true", "Ignore messages from other Slack bots.", boolean(func(c *Config) *bool { return &c.SlackIgnoreBots })},
	{"SLACK_WORKERS", "16", "Slack events prepared at once when they need a Slack call before the acknowledgement (file downloads, /brief).", integer(func(c *Config) *int { return &c.SlackWorkers })},
	{"BRIEFBOT_USER_RATE", "20", "Briefings one person may ask for per hour, on any platform (0: unlimited); over it, one polite notice an hour, and the rest are dropped.", integer(func(c *Config) *int { return &c.UserRate })},
	{"BRIEFBOT_CHANNEL_RATE", "60", "Briefings one channel or room may ask for per hour (0: unlimited).", integer(func(c *Config) *int { return &c.ChannelRate })},
	{"BRIEFBOT_USER_QUESTION_RATE", "20", "Follow-up questions one person may ask per hour, on any platform (0: unlimited); over it, one polite notice an hour, and the rest are dropped.", integer(func(c *Config) *int { return &c.UserQuestionRate })},
	{"BRIEFBOT_THREAD_QUESTION_RATE", "60", "Follow-up questions one briefed thread may have per hour (0: unlimited).", integer(func(c *Config) *int { return &c.ThreadQuestionRate })},
	{"BRIEFBOT_ALLOWED_CONVERSATIONS", "", "Channels and rooms the bot answers in, comma-separated: Slack channel ids (`C…`, `G…`) and Matrix room ids (`!…:server`); a platform with none listed is open. Direct messages are always allowed.", func(c *Config, v string) error {
		if err := list(func(c *Config) *[]string { return &c.AllowedConvs })(c, v); err != nil {
			return err
		}
		for _, id := range c.AllowedConvs {
			if conversationPlatform(id) == "" {
				return fmt.Errorf("%q is neither a Slack channel id (C0123ABCD) nor a Matrix room id (!abc:example.org)", id)
			}
		}
		return nil
	}},
	{"BRIEFBOT_BLOCKED_USERS", "", "User ids (any platform: `U…` on Slack, `@name:server` on Matrix) the bot never answers, comma-separated.", list(func(c *Config) *[]string { return &c.BlockedUsers })},
	{"MATRIX_HOMESERVER", "", "Matrix homeserver URL.", str(func(c *Config) *string { return &c.MatrixHomeserver })},
	{"MATRIX_USER_ID", "", "The bot's Matrix user id.", str(func(c *Config) *string { return &c.MatrixUserID })},
	{"MATRIX_ACCESS_TOKEN", "", "Matrix access token (or use MATRIX_PASSWORD).", str(func(c *Config) *string { return &c.MatrixAccessToken })},
	{"MATRIX_PASSWORD", "", "Matrix password.", str(func(c *Config) *string { return &c.MatrixPassword })},
	{"MATRIX_PICKLE_KEY", "", "Key that encrypts the Matrix end-to-end encryption store.", str(func(c *Config) *string { return &c.MatrixPickleKey })},
	{"MATRIX_RECOVERY_KEY", "", "Recovery key of the Matrix account's secret storage, which holds the cross-signing keys that sign the bot's device. Empty: when the account has none, the bot makes them and shows a new recovery key once on stderr; set it here so that a new device of the bot can be signed.", str(func(c *Config) *string { return &c.MatrixRecoveryKey })},
	{"MATRIX_DEVICE_NAME", "Briefbot", "Display name of the bot's Matrix device.", str(func(c *Config) *string { return &c.MatrixDeviceName })},
	{"MATRIX_ALLOWED_INVITERS", "", "Who may invite the bot to rooms: user ids and `:server` suffixes, comma-separated (default: users of the bot's own homeserver; `*` for anyone). Others are declined.", list(func(c *Config) *[]string { return &c.MatrixInviters })},
	{"MATRIX_IGNORE_BOTS", "true", "Ignore messages from other bots (m.notice messages and MATRIX_BOT_USERS).", boolean(func(c *Config) *bool { return &c.MatrixIgnoreBots })},
	{"MATRIX_BOT_USERS", "", "Matrix user ids of other bots to ignore, comma-separated.", list(func(c *Config) *[]string { return &c.MatrixBotUsers })},
	{"BRIEFBOT_ADMINS", "", "User ids (any platform) allowed to change digest schedules and feeds, comma-separated; empty lets everyone.", str(func(c *Config) *string { return &c.Admins })},
	{"BRIEFBOT_DIGEST_QUIET", "false", "When a digest has nothing new, post nothing (true) or a short \"Nothing new\" line (false); each channel can change it with `digest quiet on|off`.", boolean(func(c *Config) *bool { return &c.DigestQuiet })},
	{"BRIEFBOT_DATABASE_URL", "", "Database: empty for a SQLite file in BRIEFBOT_DATA_DIR, or `postgres://…`.", str(func(c *Config) *string { return &c.DatabaseURL })},
	{"BRIEFBOT_DATA_DIR", "./data", "Directory for the bot's local state.", str(func(c *Config) *string { return &c.DataDir })},
	{"BRIEFBOT_RETENTION_DAYS", "90", "Days a thread's article, briefing and questions are kept after its last activity (0 keeps them forever).", integer(func(c *Config) *int { return &c.RetentionDays })},
	{"BRIEFBOT_WORKERS", "8", "Requests processed at once (each thread's requests stay in order).", integer(func(c *Config) *int { return &c.Workers })},
	{"BRIEFBOT_JOB_TIMEOUT", "5m", "Longest one request may take; a request cut short by a crash is resumed after this much (at once on SQLite).", duration(func(c *Config) *time.Duration { return &c.JobTimeout })},
	{"BRIEFBOT_HTTP_ADDR", "127.0.0.1:8080", "Address of the health and metrics endpoint (and Slack HTTP events).", str(func(c *Config) *string { return &c.HTTPAddr })},
	{"BRIEFBOT_MIN_WORDS", "40", "Fewest words an article may have (shorter text is a paywall or login page).", integer(func(c *Config) *int { return &c.MinWords })},
	{"BRIEFBOT_MAX_WORDS", "100000", "Most words an article may have.", integer(func(c *Config) *int { return &c.MaxWords })},
	{"BRIEFBOT_ALLOW_PRIVATE_HOSTS", "false", "Let links resolve to loopback and private addresses (off: refused at connection time).", boolean(func(c *Config) *bool { return &c.AllowPrivateHosts })},
	{"BRIEFBOT_FETCH_TIMEOUT", "20s", "Total time allowed to load a link.", duration(func(c *Config) *time.Duration { return &c.FetchTimeout })},
	{"BRIEFBOT_LOG_LEVEL", "info", "Log level: debug, info, warn or error. Message bodies are never logged at info.", func(c *Config, v string) error {
		switch strings.ToLower(v) {
		case "debug", "info", "warn", "error":
			c.LogLevel = strings.ToLower(v)
			return nil
		}
		return fmt.Errorf("want debug, info, warn or error, got %q", v)
	}},
}

// LoadConfig reads the configuration from the environment (through getenv)
// and then from the YAML file at path, if any. An error names the setting.
func LoadConfig(getenv func(string) string, path string) (*Config, error) {
	c := &Config{}
	values := map[string]string{}
	for _, s := range settings {
		values[s.name] = s.def
		if v, ok := lookup(getenv, s.name); ok {
			values[s.name] = v
		}
	}
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("config file: %w", err)
		}
		var file map[string]any
		if err := yaml.Unmarshal(data, &file); err != nil {
			return nil, fmt.Errorf("config file %s: %w", path, err)
		}
		known := map[string]bool{}
		for _, s := range settings {
			known[s.name] = true
		}
		for k, v := range file {
			name := strings.ToUpper(k)
			if !known[name] {
				return nil, fmt.Errorf("config file %s: unknown setting %s", path, k)
			}
			values[name] = fmt.Sprint(v)
		}
	}
	for _, s := range settings {
		if err := s.set(c, strings.TrimSpace(values[s.name])); err != nil {
			return nil, fmt.Errorf("setting %s: %w", s.name, err)
		}
	}
	c.baseURLSet = values["OPENAI_BASE_URL"] != settingDefault("OPENAI_BASE_URL")
	c.storeSet = values["BRIEFBOT_DATA_DIR"] != settingDefault("BRIEFBOT_DATA_DIR") || values["BRIEFBOT_DATABASE_URL"] != ""
	c.logLevelSet = values["BRIEFBOT_LOG_LEVEL"] != settingDefault("BRIEFBOT_LOG_LEVEL")
	if err := slackad.CheckIDs("SLACK_ALLOWED_CHANNELS", c.SlackChannels); err != nil {
		return nil, err
	}
	if c.MaxWords > 0 && c.MinWords > c.MaxWords {
		return nil, fmt.Errorf("setting BRIEFBOT_MIN_WORDS: %d is more than BRIEFBOT_MAX_WORDS (%d)", c.MinWords, c.MaxWords)
	}
	return c, nil
}

// conversationPlatform returns the platform a conversation id belongs to:
// "slack" for a channel id, "matrix" for a room id, "" for neither.
func conversationPlatform(id string) string {
	switch {
	case strings.HasPrefix(id, "!") && strings.Contains(id, ":"):
		return matrix.Platform
	case slackad.CheckIDs("", []string{id}) == nil:
		return slackad.Platform
	}
	return ""
}

// Admission is the bot's admission policy from the settings.
func (c *Config) Admission() bot.Admission {
	p := bot.Admission{
		UserBriefings: c.UserRate, ConversationBriefings: c.ChannelRate,
		UserQuestions: c.UserQuestionRate, ThreadQuestions: c.ThreadQuestionRate,
	}
	for _, u := range c.BlockedUsers {
		p.BlockedUsers = append(p.BlockedUsers, bot.UserID(u))
	}
	add := func(platform, id string) {
		if p.AllowedConversations == nil {
			p.AllowedConversations = map[string][]bot.ConversationID{}
		}
		p.AllowedConversations[platform] = append(p.AllowedConversations[platform], bot.ConversationID(id))
	}
	for _, id := range c.AllowedConvs {
		add(conversationPlatform(id), id)
	}
	for _, id := range c.SlackChannels {
		add(slackad.Platform, id)
	}
	return p
}

func settingDefault(name string) string {
	for _, s := range settings {
		if s.name == name {
			return s.def
		}
	}
	return ""
}

func lookup(getenv func(string) string, name string) (string, bool) {
	v := getenv(name)
	return v, v != ""
}
