"""JSON shapes of answers built as plain dicts (reconciliation, extraction), for OpenAPI."""

_RANGE = {
    "type": "object",
    "properties": {"low": {"type": "number"}, "high": {"type": ["number", "null"]}},
}
RECONCILIATION = {
    "type": "object",
    "required": ["metric", "unit", "windows", "changes"],
    "properties": {
        "metric": {"type": "string"},
        "unit": {"type": "string"},
        "location": {"type": "object"},
        "windows": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "start": {"type": "string"},
                    "end": {"type": "string"},
                    "label": {"type": "string"},
                    "claims": {"type": "array", "items": {"type": "integer"}},
                    "sources": {"type": "array", "items": {"type": "string"}},
                    "agreed": {"oneOf": [_RANGE, {"type": "null"}]},
                    "envelope": _RANGE,
                    "best": {"type": ["number", "null"]},
                    "best_claim": {"type": ["integer", "null"]},
                    "best_rule": {"type": "string"},
                    "recommended": {
                        "oneOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "claim": {"type": "integer"},
                                    "best": {"type": "number"},
                                    "note": {"type": ["string", "null"]},
                                    "chosen_at": {"type": "string"},
                                    "chosen_by": {"type": ["string", "null"]},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    "discrepancies": {"type": "array", "items": {"type": "integer"}},
                },
            },
        },
        "changes": {"type": "array", "items": {"type": "object"}},
        "undated": {"type": "array", "items": {"type": "integer"}},
        "retracted": {"type": "array", "items": {"type": "integer"}},
        "superseded": {"type": "array", "items": {"type": "integer"}},
    },
}


_EVIDENCE_SPAN = {
    "oneOf": [
        {
            "type": "object",
            "required": ["text", "start", "end"],
            "properties": {
                "text": {"type": "string", "description": "the words as the text writes them"},
                "start": {"type": "integer", "description": "offset of the first character"},
                "end": {"type": "integer", "description": "offset just past the last one"},
            },
        },
        {"type": "null"},
    ]
}
EXTRACTED = {
    "type": "object",
    "required": ["candidates"],
    "properties": {
        "candidates": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "claim",
                    "sentence",
                    "start",
                    "end",
                    "confidence",
                    "missing",
                    "evidence",
                ],
                "properties": {
                    "claim": {"type": "object"},
                    "sentence": {"type": "string"},
                    "start": {"type": "integer"},
                    "end": {"type": "integer"},
                    "confidence": {"type": "number"},
                    "missing": {"type": "array", "items": {"type": "string"}},
                    "evidence": {
                        "type": "object",
                        "description": (
                            "Why the source and the place were read: the words that name "
                            "them with their offsets into the text (for a pronoun, where "
                            "the name it stands for was read), or null."
                        ),
                        "required": ["source", "place"],
                        "properties": {"source": _EVIDENCE_SPAN, "place": _EVIDENCE_SPAN},
                    },
                },
            },
        }
    },
}
