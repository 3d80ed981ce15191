package slacktest

import (
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"
)

func (f *Server) fileInfo(c Call) (int, any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	id := c.Form.Get("file")
	ff, ok := f.files[id]
	if !ok {
		return 200, map[string]any{"ok": false, "error": "file_not_found"}
	}
	return 200, map[string]any{"ok": true, "file": f.fileJSON(id, ff)}
}

func (f *Server) fileJSON(id string, ff File) map[string]any {
	return map[string]any{
		"id": id, "name": ff.Name, "mimetype": ff.MIMEType, "filetype": ff.FileType, "size": len(ff.Data),
		"url_private":          f.URL + "files-pri/" + id + "/" + ff.Name,
		"url_private_download": f.URL + "files-pri/" + id + "/download/" + ff.Name,
	}
}

// download serves a file's bytes at its private URL, to the bot's token
// only.
func (f *Server) download(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer "+BotToken {
		http.Error(w, "no token", http.StatusForbidden)
		return
	}
	id := strings.Split(strings.TrimPrefix(r.URL.Path, "/files-pri/"), "/")[0]
	f.mu.Lock()
	ff, ok := f.files[id]
	f.calls = append(f.calls, Call{Method: "download", Auth: r.Header.Get("Authorization")})
	f.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	_, _ = w.Write(ff.Data)
}

// getUploadURL starts an upload (files.getUploadURLExternal): it checks
// the file name and length and answers an upload URL on this server.
func (f *Server) getUploadURL(c Call) (int, any) {
	name := c.Form.Get("filename")
	length, err := strconv.Atoi(c.Form.Get("length"))
	if name == "" || err != nil || length <= 0 {
		return 200, map[string]any{"ok": false, "error": "invalid_arguments"}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	id := fmt.Sprintf("FUP%d", f.seq)
	f.files[id] = File{Name: name, Length: length}
	return 200, map[string]any{"ok": true, "upload_url": f.URL + "upload/" + id, "file_id": id}
}

// upload receives a file's bytes at its upload URL, as a multipart form
// (field "file") or as the raw body, as Slack accepts both; the length
// must be the one announced.
func (f *Server) upload(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/upload/")
	var data []byte
	var err error
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
		var part multipart.File
		if part, _, err = r.FormFile("file"); err == nil {
			data, err = io.ReadAll(part)
			_ = part.Close()
		}
	} else {
		data, err = io.ReadAll(r.Body)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, Call{Method: "upload", Auth: r.Header.Get("Authorization")})
	ff, ok := f.files[id]
	switch {
	case !ok || ff.Uploaded:
		http.NotFound(w, r)
	case err != nil || len(data) != ff.Length:
		f.violations = append(f.violations, fmt.Sprintf("upload %s: %d bytes, announced %d (%v)", id, len(data), ff.Length, err))
		http.Error(w, "bad upload", http.StatusBadRequest)
	default:
		ff.Data, ff.Uploaded = data, true
		f.files[id] = ff
		_, _ = io.WriteString(w, "OK - "+strconv.Itoa(len(data)))
	}
}

// completeUpload finishes uploads (files.completeUploadExternal) and
// shares them in channel_id, in the thread thread_ts when given, as one
// message of the bot's.
func (f *Server) completeUpload(c Call) (int, any) {
	var files []struct{ ID, Title string }
	if err := json.Unmarshal([]byte(c.Form.Get("files")), &files); err != nil || len(files) == 0 {
		return 200, map[string]any{"ok": false, "error": "invalid_arguments"}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := c.Form.Get("channel_id")
	if ch != "" && f.notInChannel[ch] {
		return 200, map[string]any{"ok": false, "error": "not_in_channel"}
	}
	var out []map[string]any
	ts := ""
	if ch != "" {
		ts = f.nextTS()
		f.msgs[ch+"/"+ts] = &Message{Channel: ch, TS: ts, Thread: c.Form.Get("thread_ts"), Text: c.Form.Get("initial_comment")}
	}
	for _, x := range files {
		ff, ok := f.files[x.ID]
		if !ok || !ff.Uploaded || ff.Completed {
			return 200, map[string]any{"ok": false, "error": "file_not_found"}
		}
		ff.Title, ff.Completed = x.Title, true
		ff.Channel, ff.Thread, ff.TS = ch, c.Form.Get("thread_ts"), ts
		f.files[x.ID] = ff
		if m := f.msgs[ch+"/"+ts]; m != nil {
			m.Files = append(m.Files, ff.Name)
		}
		out = append(out, map[string]any{"id": x.ID, "title": x.Title})
	}
	return 200, map[string]any{"ok": true, "files": out}
}

// Uploads returns the uploads the bot completed, by file id.
func (f *Server) Uploads() map[string]File {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[string]File{}
	for id, ff := range f.files {
		if ff.Completed {
			out[id] = ff
		}
	}
	return out
}

// AddFile stores a file a user shared and returns its Slack JSON (for a
// message's files).
func (f *Server) AddFile(id string, ff File) map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.files[id] = ff
	return f.fileJSON(id, ff)
}
