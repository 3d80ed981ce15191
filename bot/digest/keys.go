package digest

import (
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that say where a click came from,
// not what the page is.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true, "msclkid": true,
	"yclid": true, "twclid": true, "ttclid": true, "li_fat_id": true, "igshid": true, "igsh": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true,
	"mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true, "vero_id": true, "rb_clickid": true,
	"s_cid": true, "cmpid": true, "ncid": true, "ocid": true, "sr_share": true, "smid": true,
	"ref": true, "ref_src": true, "ref_url": true, "referrer": true, "share": true, "at_medium": true,
	"at_campaign": true, "at_custom1": true, "at_custom2": true, "at_custom3": true, "at_custom4": true,
	"xtor": true, "spm": true,
}

// isTracking reports whether a query parameter is a tracking parameter.
func isTracking(name string) bool {
	n := strings.ToLower(name)
	return strings.HasPrefix(n, "utm_") || strings.HasPrefix(n, "pk_") || strings.HasPrefix(n, "mtm_") || trackingParams[n]
}

// NormalizeURL returns the form of a link under which the same article is
// recognised: scheme and host in lower case, no default port, no
// user info, no fragment, no tracking parameters (utm_*, fbclid, …), the
// other parameters sorted, and no trailing slash on the path. It returns ""
// for anything that is not an absolute http(s) link.
func NormalizeURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "" {
		return ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if p := u.Port(); p != "" && !(scheme == "http" && p == "80") && !(scheme == "https" && p == "443") {
		host += ":" + p
	}
	path := u.EscapedPath()
	path = strings.TrimRight(path, "/")
	var params []string
	if u.RawQuery != "" {
		for _, kv := range strings.Split(u.RawQuery, "&") {
			if kv == "" {
				continue
			}
			name, _, _ := strings.Cut(kv, "=")
			if n, err := url.QueryUnescape(name); err == nil {
				name = n
			}
			if isTracking(name) {
				continue
			}
			params = append(params, kv)
		}
		sort.Strings(params)
	}
	out := scheme + "://" + host + path
	if len(params) > 0 {
		out += "?" + strings.Join(params, "&")
	}
	return out
}

// Keys under which an item is remembered as seen in a conversation.
func urlKey(raw string) string {
	if n := NormalizeURL(raw); n != "" {
		return "u:" + n
	}
	return ""
}

func hashKey(hash string) string {
	if hash == "" {
		return ""
	}
	return "h:" + hash
}

// guidKey is a feed item's own id, scoped to its feed, for items without a
// link.
func guidKey(feedURL, guid string) string {
	if guid == "" {
		return ""
	}
	return "g:" + NormalizeURL(feedURL) + "|" + guid
}

// keys returns the non-empty keys, without duplicates.
func keys(ks ...string) []string {
	out := ks[:0:0]
	for _, k := range ks {
		if k == "" {
			continue
		}
		dup := false
		for _, o := range out {
			if o == k {
				dup = true
			}
		}
		if !dup {
			out = append(out, k)
		}
	}
	return out
}
