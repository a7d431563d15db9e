"""The pages' session: the secret key, sign-in with a write token, CSRF tokens, the way back.

The browser keeps one signed, HttpOnly, SameSite=Lax cookie (Flask's session) holding the name
of the write token the analyst pasted (never the token itself) and a random CSRF token that every
form carries back. Writes from the pages are made in that token's name, as the JSON API's are.
"""

import hmac
import secrets
from functools import wraps
from urllib.parse import urlsplit

from flask import Flask, abort, current_app, flash, redirect, render_template, request, session
from flask import url_for as flask_url_for

from api.database import get_db
from db.tokens import token_name

# A key anyone can read in this repository or in Flask's tutorial signs forgeable sessions.
DEV_SECRET_KEY = "dev"
PLACEHOLDER_KEYS = {DEV_SECRET_KEY, "secret", "changeme", "change-me", "default", "secret-key"}
MIN_KEY_LENGTH = 16
ANALYST = "analyst"  # the session's key for the signed-in token's name
CSRF = "csrf"
CSRF_FIELD = "csrf_token"


def check_secret_key(app: Flask) -> None:
    """The session's key comes from configuration (FIGURES_SECRET_KEY). Under TESTING or DEBUG
    a missing key becomes the development default; in production a default, placeholder or
    short key refuses to start. Without any key the pages still read, but cannot write."""
    key = app.config.get("SECRET_KEY")
    relaxed = app.testing or app.debug
    if not key:
        if relaxed:
            app.config["SECRET_KEY"] = DEV_SECRET_KEY
        return
    weak = str(key).strip().lower() in PLACEHOLDER_KEYS or len(str(key)) < MIN_KEY_LENGTH
    if weak and not relaxed:
        raise RuntimeError(
            "FIGURES_SECRET_KEY is a default or shorter than"
            f" {MIN_KEY_LENGTH} characters; set a long random one, for example"
            ' `python -c "import secrets; print(secrets.token_hex(32))"`.'
        )


def writable() -> bool:
    """Writing from the pages needs a session, and a session needs a secret key."""
    return bool(current_app.secret_key)


def csrf_token() -> str:
    """This session's CSRF token (made on first use); empty when the pages cannot write."""
    if not writable():
        return ""
    if CSRF not in session:
        session[CSRF] = secrets.token_urlsafe(32)
    return session[CSRF]


def check_csrf() -> None:
    """Before every POST to the pages: 400 unless the form carries this session's token."""
    if request.method != "POST":
        return
    if not writable():
        abort(503, "Writing from the pages needs FIGURES_SECRET_KEY set on the server.")
    sent = request.form.get(CSRF_FIELD, "")
    expected = session.get(CSRF, "")
    if not sent or not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        abort(400, "The form's CSRF token is missing or out of date: reload the page, try again.")


def analyst() -> str | None:
    return session.get(ANALYST)


def local_path(target: str | None, default: str = "/ui/") -> str:
    """A way back that stays on these pages (never another site): path, query and fragment."""
    if not target:
        return default
    parts = urlsplit(target)
    odd = "\\" in target or any(ch.isspace() or not ch.isprintable() for ch in target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/ui/") or odd:
        return default
    return target


def signed_in(view):
    """A write needs a signed-in session; without one, the sign-in page, then back."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if analyst() is None:
            here = request.path if request.endpoint == "ui.extract" else "/ui/"
            back = local_path(request.form.get("back"), here)
            flash("Sign in with your write token first.", "error")
            return redirect(flask_url_for("ui.sign_in", next=back), 303)
        return view(*args, **kwargs)

    return wrapped


def sign_in():
    """GET: the form. POST: the pasted token is checked and its name kept in the session."""
    back = local_path(request.values.get("next"))
    if request.method == "GET":
        return render_template("ui/sign_in.html", back=back, writable=writable())
    token = request.form.get("token", "").strip()
    name = token_name(get_db(), token) if token else None
    if name is None:
        message = "Paste a write token." if not token else "Unknown or revoked token."
        return render_template("ui/sign_in.html", back=back, error=message, writable=True), 403
    session.clear()  # a fresh session (and CSRF token) for the signed-in analyst
    session[ANALYST] = name
    flash(f"Signed in as {name}.", "ok")
    return redirect(back, 303)


def sign_out():
    session.clear()
    flash("Signed out.", "ok")
    return redirect(flask_url_for("ui.queue"), 303)
