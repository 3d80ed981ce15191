// Package jsoncol encodes the JSON columns (articles, briefings) the SQLite
// and PostgreSQL stores share, with SQL NULL for a nil value.
package jsoncol

import "encoding/json"

// Marshal encodes v as JSON, or returns nil (SQL NULL) for a nil v.
func Marshal[T any](v *T) ([]byte, error) {
	if v == nil {
		return nil, nil
	}
	return json.Marshal(v)
}

// Unmarshal decodes JSON data, returning nil for SQL NULL.
func Unmarshal[T any](data []byte) (*T, error) {
	if data == nil {
		return nil, nil
	}
	v := new(T)
	if err := json.Unmarshal(data, v); err != nil {
		return nil, err
	}
	return v, nil
}
