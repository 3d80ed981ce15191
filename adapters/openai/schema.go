package openai

import "encoding/json"

// briefingSchema is the JSON schema of a model's briefing reply, sent as
// response_format json_schema with strict mode: every property is
// required and no others are allowed, as structured outputs demand. It
// matches wireBriefing (TestSchemaMatchesWire).
var briefingSchema = json.RawMessage(`{
  "type": "object",
  "properties": {
    "title": {"type": "string"},
    "summary": {"type": "string"},
    "parties": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "name": {"type": "string"},
          "aliases": {"type": "array", "items": {"type": "string"}},
          "claims": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "claim": {"type": "string"},
                "speaker": {"type": "string"},
                "stance": {"type": "string", "enum": ["assert", "deny", "accuse", "other"]},
                "sentences": {"type": "array", "items": {"type": "integer"}}
              },
              "required": ["claim", "speaker", "stance", "sentences"],
              "additionalProperties": false
            }
          }
        },
        "required": ["name", "aliases", "claims"],
        "additionalProperties": false
      }
    },
    "facts": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "text": {"type": "string"},
          "sentences": {"type": "array", "items": {"type": "integer"}}
        },
        "required": ["text", "sentences"],
        "additionalProperties": false
      }
    },
    "notes": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "text": {"type": "string"},
          "sentences": {"type": "array", "items": {"type": "integer"}}
        },
        "required": ["text", "sentences"],
        "additionalProperties": false
      }
    }
  },
  "required": ["title", "summary", "parties", "facts", "notes"],
  "additionalProperties": false
}`)
