"""Request plumbing every blueprint shares: JSON bodies, schemas, cursors, pages, headers."""

import base64
import hashlib
import json
import math
import re
from urllib.parse import urlencode

from flask import Response, has_request_context, jsonify, request
from marshmallow import ValidationError
from werkzeug.exceptions import NotFound
from werkzeug.routing import IntegerConverter

from api.errors import Problem, unprocessable

ROW_ID_MAX = 2**63 - 1


class RowId(IntegerConverter):
    """`<int:...>` in a route is a SQLite row id: a larger number is a 404, not an overflow."""

    def to_python(self, value: str) -> int:
        number = super().to_python(value)
        if number > ROW_ID_MAX:
            raise NotFound(f"No such id: ids are at most {ROW_ID_MAX}.")
        return number


def json_body():
    """The parsed JSON body, or 415 / 400 problems before anything is written."""
    if not request.is_json:
        raise Problem(
            415,
            "Unsupported Media Type",
            "Send the body as application/json.",
            {"body": ["Content-Type must be application/json."]},
        )
    raw = request.get_data(cache=True)
    try:
        body = json.loads(raw, parse_constant=_refuse_constant)
    except ValueError as error:
        raise Problem(
            400, "Malformed JSON", f"The body is not valid JSON: {error}", {"body": [str(error)]}
        ) from None
    except RecursionError:
        raise Problem(
            400,
            "Malformed JSON",
            "The body is nested too deeply.",
            {"body": ["Nested too deeply."]},
        ) from None
    if _may_hold_unstorable_text(raw):
        _refuse_unstorable_text(body)
    return body


# "\ud800" is a legal JSON escape but no Unicode text (UTF-8 cannot encode it, so SQLite cannot
# store it); NUL ends strings in C tools that read the file. Anything else is kept verbatim.
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


# How such a character can reach the parsed body of a UTF-8 text: as a \\u escape of NUL or of a
# surrogate, or as the three bytes that would encode a surrogate (json.loads decodes bytes with
# surrogatepass). A raw NUL byte is refused by the parser itself (a control character).
_UNSTORABLE_SPELLING = re.compile(rb"\\u(?:0000|[dD][89a-fA-F])|\xed[\xa0-\xbf]")


def _may_hold_unstorable_text(raw: bytes) -> bool:
    """False when no string of the parsed body can hold one: a body of 5,000 claims is then not
    walked string by string (a third of a second)."""
    return json.detect_encoding(raw) != "utf-8" or _UNSTORABLE_SPELLING.search(raw) is not None


def _refuse_unstorable_text(body) -> None:
    """422 naming the first string (or key) with a lone surrogate or a NUL character."""
    stack = [((), body)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack += [((*path, str(k)), k) for k in value] + [
                ((*path, str(k)), v) for k, v in value.items()
            ]
        elif isinstance(value, list):
            stack += [((*path, str(i)), v) for i, v in enumerate(value)]
        elif isinstance(value, str) and (found := _UNSTORABLE.search(value)):
            char = found.group()
            what = "a NUL character" if char == "\x00" else "a lone surrogate"
            message = f"Contains {what} (\\u{ord(char):04x}): not storable text."
            errors = [message]
            for key in reversed(path or ("body",)):
                errors = {key: errors}
            raise unprocessable(message, errors)


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a valid JSON number")


def load(schema, data, many=False):
    """Validate with a schema; 422 naming each field."""
    if not many and not isinstance(data, dict):
        raise unprocessable("The body must be a JSON object.", {"body": ["Must be a JSON object."]})
    try:
        return schema.load(data)
    except ValidationError as error:
        raise unprocessable(
            "The request has invalid fields.", error.normalized_messages()
        ) from None


def load_each(schema, body: list) -> list[dict]:
    """Validate every item, collecting errors by index; nothing is written if any fails."""
    items, errors = [], {}
    for index, item in enumerate(body):
        if not isinstance(item, dict):
            errors[index] = {"_schema": ["Each claim must be a JSON object."]}
            continue
        try:
            items.append(schema.load(item))
        except ValidationError as error:
            errors[index] = error.normalized_messages()
    if errors:
        raise unprocessable("Nothing was stored.", errors)
    return items


def query(schema_class):
    """The query string through its schema; 400 naming each parameter."""
    try:
        return schema_class().load(request.args.to_dict())
    except ValidationError as error:
        raise Problem(
            400, "Bad Request", "Invalid query parameters.", error.normalized_messages()
        ) from None


def _filters_print() -> str:
    """A short fingerprint of the request's filters: a cursor only pages the query it came from."""
    args = request.args.to_dict() if has_request_context() else {}
    wanted = sorted((k, v) for k, v in args.items() if k not in ("cursor", "limit"))
    return hashlib.sha256(json.dumps(wanted).encode()).hexdigest()[:12]


def encode_cursor(*parts) -> str:
    return base64.urlsafe_b64encode(json.dumps([*parts, _filters_print()]).encode()).decode()


def decode_cursor(text: str | None, shape: tuple) -> tuple | None:
    if text is None:
        return None
    try:
        parts = json.loads(base64.urlsafe_b64decode(text.encode()))
        if not isinstance(parts, list) or len(parts) != len(shape) + 1:
            raise ValueError
        *values, fingerprint = parts
        if not all(_fits(p, t) for p, t in zip(values, shape, strict=True)):
            raise ValueError
    except (ValueError, TypeError, UnicodeDecodeError):
        raise Problem(
            400, "Bad Request", "Invalid cursor.", {"cursor": ["Not a cursor this API issued."]}
        ) from None
    if fingerprint != _filters_print():
        message = "This cursor pages a query with other filters; start again without it."
        raise Problem(400, "Bad Request", message, {"cursor": [message]})
    return tuple(values)


def _fits(part, kind: type) -> bool:
    """A cursor part this API could have issued: a row id, or a finite ratio (never a bool)."""
    if isinstance(part, bool) or not isinstance(part, kind):
        return False
    if kind is int:
        return 0 <= part <= ROW_ID_MAX
    return math.isfinite(part) and part >= 0


def page_of(items: list, limit: int, cursor_of) -> dict:
    """{"items", "next"} from limit + 1 fetched rows."""
    more = len(items) > limit
    items = items[:limit]
    return {"items": items, "next": cursor_of(items[-1]) if more and items else None}


def listed(page: dict) -> Response:
    """A page as JSON with `next_url` and an RFC 8288 `Link: <...>; rel="next"` header."""
    page["next_url"] = None
    if page["next"]:
        args = request.args.to_dict() | {"cursor": page["next"]}
        page["next_url"] = f"{request.path}?{urlencode(args)}"
    response = jsonify(page)
    if page["next_url"]:
        response.headers["Link"] = f'<{page["next_url"]}>; rel="next"'
    return response


def security_headers(response: Response) -> Response:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("Cache-Control", "no-store")
    if request.path.startswith("/docs"):
        csp = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'"
    elif request.path.startswith("/reconciliation/chart"):
        # matplotlib's SVG carries its own <style> and style= attributes: those, and nothing else.
        csp = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"
    else:
        csp = "default-src 'none'; frame-ancestors 'none'"
    response.headers.setdefault("Content-Security-Policy", csp)
    return response
