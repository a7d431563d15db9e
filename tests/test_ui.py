"""The analysts' pages through the Flask test client: they render the seed, escape what users
wrote, refuse forms without this session's CSRF token (400) and writes without sign-in (to the
sign-in page), write through the same use cases as the JSON API, and keep the secret key safe."""

import html
import re
from pathlib import Path

import pytest
from examples import AFP, OCHA

from api.database import get_db, settings
from app import create_app
from db.demo import load_demo

SEED_TEXT = (Path(__file__).parent / "data" / "raqqa-2017-06-10.txt").read_text()
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
SEED_CONFLICT = "estimate for 2017-06-10 (250,000 to 350,000) is entirely above UN OCHA"


@pytest.fixture
def seeded(app):
    with app.app_context():
        load_demo(get_db(), settings())
    return app


def csrf_of(client, path="/ui/") -> str:
    return CSRF.search(client.get(path).get_data(as_text=True)).group(1)


def sign_in(client, app) -> str:
    token = csrf_of(client, "/ui/sign-in")
    answer = client.post(
        "/ui/sign-in", data={"csrf_token": token, "token": app.config["TEST_TOKEN"]}
    )
    assert answer.status_code == 303
    return csrf_of(client)


def counts(db) -> tuple:
    return tuple(
        db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("claims", "history", "recommendations")
    ) + (db.execute("SELECT group_concat(status) FROM discrepancies").fetchone()[0],)


def test_the_pages_render_the_seed_with_their_own_policy(seeded, client):
    queue = client.get("/ui/")
    assert queue.status_code == 200 and queue.mimetype == "text/html"
    body = queue.get_data(as_text=True)
    assert SEED_CONFLICT in body and "June 2017" in body
    assert "An estimated 300,000 civilians" in body and "grade none" in body
    assert 'href="/ui/places/1?metric=civilians_remaining"' in body
    policy = queue.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "form-action 'self'" in policy
    assert "frame-ancestors 'none'" in policy and "'unsafe-inline'" not in policy
    place = client.get("/ui/places/1?metric=civilians_remaining").get_data(as_text=True)
    assert 'src="/reconciliation/chart?metric=civilians_remaining&amp;location=1"' in place
    for shown in ("June 2017", "Agreed range", "Envelope", "160,000", "lower middle", "conflict"):
        assert shown in place, shown
    assert "Russian Federation says US-led coalition" in place  # the citation
    assert "civilians_remaining" in client.get("/ui/places/1").get_data(as_text=True)
    assert client.get("/ui/places/2").status_code == 200  # Mashlab: killed
    assert 'name="text"' in client.get("/ui/extract").get_data(as_text=True)
    assert 'name="token"' in client.get("/ui/sign-in").get_data(as_text=True)
    for asset in ("/ui/static/ui.css", "/ui/static/ui.js"):
        with client.get(asset) as served:
            assert served.status_code == 200
    assert not re.search(r'(src|href)="(https?:)?//', body)  # nothing from elsewhere


def test_the_queue_filters_as_get_discrepancies_does(seeded, client):
    def shown(query):
        answer = client.get(f"/ui/?{query}")
        return answer.status_code, SEED_CONFLICT in answer.get_data(as_text=True)

    assert shown("kind=conflict&metric=civilians_remaining&location=Raqqa") == (200, True)
    assert shown("location=al-Raqqa") == (200, True)  # an alias
    assert shown("kind=misquote") == (200, False)
    assert shown("min_grade=B") == (200, False)  # the seed's sources are ungraded
    assert shown("status=dismissed") == (200, False)
    assert shown("location=Atlantis")[0] == 404
    assert shown("metric=nothing")[0] == 422
    assert shown("kind=bogus")[0] == 400
    tidy = client.get("/ui/?kind=&metric=civilians_remaining&location=")
    assert tidy.status_code == 302 and tidy.headers["Location"].endswith(
        "/ui/?metric=civilians_remaining"
    )


@pytest.mark.parametrize(
    "path, data",
    [
        ("/ui/discrepancies/1/review", {"status": "dismissed", "note": "n"}),
        ("/ui/places/1/recommend", {"metric": "civilians_remaining", "claim": "3"}),
        ("/ui/extract", {"text": SEED_TEXT, "do": "read"}),
        ("/ui/sign-in", {"token": "whatever"}),
        ("/ui/sign-out", {}),
    ],
)
def test_every_form_refuses_a_missing_or_wrong_csrf_token(seeded, client, db, path, data):
    signed = sign_in(client, seeded)
    before = counts(db)
    for token in (None, "", "forged", signed[:-1] + ("A" if signed[-1] != "A" else "B")):
        sent = data if token is None else {**data, "csrf_token": token}
        answer = client.post(path, data=sent)
        assert answer.status_code == 400, (path, token)
        assert "CSRF" in answer.get_data(as_text=True)
    other = seeded.test_client()  # another browser's token is not this session's
    assert client.post(path, data={**data, "csrf_token": csrf_of(other)}).status_code == 400
    assert counts(db) == before


def test_a_write_without_sign_in_goes_to_the_sign_in_page(seeded, client, db):
    token = csrf_of(client)
    before = counts(db)
    answer = client.post(
        "/ui/discrepancies/1/review",
        data={"csrf_token": token, "status": "dismissed", "back": "/ui/?kind=conflict"},
    )
    assert answer.status_code == 303
    assert answer.headers["Location"] == "/ui/sign-in?next=/ui/?kind%3Dconflict"
    recommend = {"csrf_token": token, "metric": "civilians_remaining", "claim": "3"}
    assert client.post("/ui/places/1/recommend", data=recommend).status_code == 303
    extract = client.post("/ui/extract", data={"csrf_token": token, "text": SEED_TEXT})
    assert extract.headers["Location"] == "/ui/sign-in?next=/ui/extract"
    assert counts(db) == before
    assert client.get("/discrepancies/1").json["status"] == "open"


def test_sign_in_keeps_the_token_name_in_a_signed_httponly_lax_cookie(seeded, client):
    token = csrf_of(client, "/ui/sign-in")
    wrong = client.post("/ui/sign-in", data={"csrf_token": token, "token": "not-a-token"})
    assert wrong.status_code == 403 and "Unknown or revoked token" in wrong.get_data(as_text=True)
    answer = client.post(
        "/ui/sign-in",
        data={
            "csrf_token": token,
            "token": seeded.config["TEST_TOKEN"],
            "next": "https://elsewhere.example/ui/",
        },
    )
    assert answer.status_code == 303 and answer.headers["Location"] == "/ui/"  # never off-site
    cookie = client.get_cookie("session")
    assert cookie.http_only and cookie.same_site == "Lax" and not cookie.secure
    assert cookie.expires is None  # ends with the browser session
    stored = seeded.session_interface.get_signing_serializer(seeded).loads(cookie.value)
    assert stored["analyst"] == "tester" and seeded.config["TEST_TOKEN"] not in cookie.value
    assert "Signed in as <strong>tester</strong>" in client.get("/ui/").get_data(as_text=True)
    assert csrf_of(client) != token  # a new session after sign-in: a new CSRF token
    out = client.post("/ui/sign-out", data={"csrf_token": csrf_of(client)})
    assert out.status_code == 303 and "Sign in to review" in client.get("/ui/").get_data(
        as_text=True
    )


def test_reviewing_from_the_queue_returns_to_the_same_place(seeded, client, db):
    token = sign_in(client, seeded)
    answer = client.post(
        "/ui/discrepancies/1/review",
        data={
            "csrf_token": token,
            "status": "dismissed",
            "note": "AFP's figure predates the exodus",
            "back": "/ui/?kind=conflict",
            "then": "d-7",
        },
    )
    assert answer.status_code == 303 and answer.headers["Location"] == "/ui/?kind=conflict#d-7"
    served = client.get("/discrepancies/1").json
    assert (served["status"], served["note"]) == ("dismissed", "AFP's figure predates the exodus")
    who = db.execute(
        "SELECT token_name FROM history WHERE action = 'review' ORDER BY id DESC"
    ).fetchone()
    assert who[0] == "tester"
    again = client.post(
        "/ui/discrepancies/1/review",
        data={"csrf_token": token, "status": "explained", "back": "https://x.example/"},
    )
    assert again.headers["Location"] == "/ui/#d-1"  # refused, and back home, not off-site
    for odd in ("//x.example/ui/", "/ui/\r\nSet-Cookie: a=b", "/ui/\\x", "javascript:alert(1)"):
        answer = client.post("/ui/discrepancies/1/review", data={"csrf_token": token, "back": odd})
        assert answer.status_code == 303 and answer.headers["Location"] == "/ui/#d-1", odd
    assert "a review moves forward" in client.get("/ui/").get_data(as_text=True)
    assert client.get("/discrepancies/1").json["status"] == "dismissed"


def test_choosing_the_recommended_figure_as_the_put_does(seeded, client):
    token = sign_in(client, seeded)
    form = {"csrf_token": token, "metric": "civilians_remaining", "claim": "3", "note": "UN"}
    answer = client.post("/ui/places/1/recommend", data=form)
    assert answer.status_code == 303 and answer.headers["Location"].endswith("#w-0")
    window = client.get("/reconciliation?metric=civilians_remaining&location=1").json["windows"]
    assert window[0]["recommended"]["claim"] == 3
    assert window[0]["recommended"]["chosen_by"] == "tester"
    page = client.get("/ui/places/1?metric=civilians_remaining").get_data(as_text=True)
    assert "chosen by tester" in page
    refused = client.post("/ui/places/1/recommend", data={**form, "claim": "2"})  # another metric
    assert refused.status_code == 303
    assert "not an active, dated claim" in client.get("/ui/").get_data(as_text=True)


def candidates_form(page: str) -> dict:
    """Every field of the candidates' form as a browser would send it (radios as checked)."""
    form = page.split('class="candidates"', 1)[1]
    data = {}
    for tag in re.findall(r"<(?:input|select)[^>]*>", form):
        name = re.search(r'name="([^"]+)"', tag)
        if not name:
            continue
        value = re.search(r'value="([^"]*)"', tag)
        if 'type="radio"' in tag and " checked" not in tag:
            continue
        data[name.group(1)] = value.group(1) if value else ""
    for name, options in re.findall(r'<select[^>]* name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
        chosen = re.search(r"<option selected>([^<]*)</option>", options)
        data[name] = chosen.group(1) if chosen else ""
    data["text"] = re.search(r'name="text" value="([^"]*)"', page, re.S).group(1)
    return {k: html.unescape(v) for k, v in data.items()}


def test_paste_correct_accept_and_post_one_batch(app, client, db):
    token = sign_in(client, app)
    document = {"published_on": "2017-06-10", "publisher": "AFP", "url": "seed/raqqa"}
    read = client.post(
        "/ui/extract", data={"csrf_token": token, "text": SEED_TEXT, "do": "read", **document}
    )
    page = read.get_data(as_text=True)
    assert read.status_code == 200 and page.count('class="candidate') >= 8
    assert 'data-fig="0"' in page and 'id="fig-0"' in page and "source suggested" in page
    assert 'data-src="' in page and 'data-place="' in page  # the extractor's evidence spans
    form = candidates_form(page)
    assert form["text"] == SEED_TEXT
    trapped = next(k for k, v in form.items() if k.endswith(".value") and v == "100000")
    metric = trapped.replace("value", "metric")
    everything = client.post("/ui/extract", data={**form, metric: "", "do": "accept_all"})
    form = candidates_form(everything.get_data(as_text=True))
    assert all(v == "yes" for k, v in form.items() if k.endswith(".accept"))
    refused = client.post("/ui/extract", data={**form, "do": "post"})  # no metric: refused
    assert refused.status_code == 422
    assert "Missing data for required field" in refused.get_data(as_text=True)
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    form = candidates_form(refused.get_data(as_text=True)) | {metric: "civilians_trapped"}
    displaced = next(k for k, v in form.items() if k.endswith(".value") and v == "80000")
    form[displaced.replace("value", "metric")] = "displaced_in_population"  # read as fled, say
    posted = client.post("/ui/extract", data={**form, "do": "post"})
    body = posted.get_data(as_text=True)
    assert posted.status_code == 200, body[:2000]
    assert "They opened 1 discrepancy" in body and SEED_CONFLICT in body, body
    raqqa = db.execute("SELECT id FROM locations WHERE name = 'Raqqa'").fetchone()[0]
    assert f'href="/ui/?location={raqqa}&amp;metric=civilians_remaining#d-1"' in body
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == len(
        [k for k in form if k.endswith(".accept")]
    )
    cited = client.get("/claims/1").json["citations"][0]
    assert (cited["publisher"], cited["url"]) == ("AFP", "seed/raqqa")
    stored = client.get("/claims?metric=civilians_trapped").json["items"]
    assert [(c["value"], c["source"]["name"]) for c in stored] == [(100000, "UN OCHA")]


def test_a_refused_candidate_stores_nothing_and_says_why(app, client, db):
    token = sign_in(client, app)
    read = client.post("/ui/extract", data={"csrf_token": token, "text": SEED_TEXT})
    form = candidates_form(read.get_data(as_text=True))
    form |= {"c1.accept": "yes", "c1.value": "lots", "c1.quantifier": "exact"}
    form |= {"c0.accept": "yes", "c0.location": "", "c2.accept": "yes", "c2.as_of": "2017-02-30"}
    answer = client.post("/ui/extract", data={**form, "do": "post"})
    body = answer.get_data(as_text=True)
    assert answer.status_code == 422 and "Nothing was posted" in body
    assert "Not a valid number" in body and "Missing data for required field" in body
    assert 'aria-invalid="true"' in body and "2017-02-30" in body
    rejected = {k: "no" for k in form if k.endswith(".accept")}
    nothing = client.post("/ui/extract", data={**candidates_form(body), "do": "post", **rejected})
    assert nothing.status_code == 422 and "Accept at least one" in nothing.get_data(as_text=True)
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0


def test_user_text_is_shown_as_text_never_as_markup(app, client, post):
    script = "<script>alert('x')</script>"
    evil = {**OCHA, "quote": f"about 160,000 {script}", "source": "OCHA <b>bold</b>"}
    evil["reported_in"] = {"title": "<img src=x onerror=alert(1)>", "url": "javascript:alert(1)"}
    assert post("/claims", [evil, {**AFP, "quote": script}]).status_code == 201
    pages = [client.get(p).get_data(as_text=True) for p in ("/ui/", "/ui/places/1")]
    for page in pages:
        assert "<script>alert" not in page and "<b>bold" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
        assert "OCHA &lt;b&gt;bold&lt;/b&gt;" in page
        assert 'href="javascript:' not in page
    token = sign_in(client, app)
    read = client.post("/ui/extract", data={"csrf_token": token, "text": f"{script} 5 killed"})
    assert "<script>alert" not in read.get_data(as_text=True)


def test_the_secret_key_comes_from_configuration(tmp_path):
    database = str(tmp_path / "f.db")
    for weak in ("dev", "change-me", "short"):
        with pytest.raises(RuntimeError, match="FIGURES_SECRET_KEY"):
            create_app({"DATABASE": database, "SECRET_KEY": weak})
    assert create_app({"DATABASE": database, "SECRET_KEY": "dev", "TESTING": True}).secret_key
    strong = create_app({"DATABASE": database, "SECRET_KEY": "k" * 64})
    assert strong.secret_key == "k" * 64 and not strong.testing
    keyless = create_app({"DATABASE": database})  # production without a key: pages read-only
    assert not keyless.secret_key
    with keyless.app_context():
        from api.cli import init_database

        init_database()
    client = keyless.test_client()
    assert "Read-only" in client.get("/ui/").get_data(as_text=True)
    assert "read-only" in client.get("/ui/sign-in").get_data(as_text=True)
    assert client.post("/ui/sign-in", data={"token": "x"}).status_code == 503


def test_serve_prints_the_pages_and_gives_gunicorn_a_secret_key(runner, monkeypatch):
    """`make run` (flask serve) starts gunicorn with a generated key unless one is set."""
    started = []

    class Process:
        returncode = 0

        def __init__(self, command, env):
            started.append((command, env))

        def poll(self):
            return None

        def wait(self, timeout=None):
            return 0

        def terminate(self):
            pass

    monkeypatch.delenv("FIGURES_SECRET_KEY", raising=False)
    monkeypatch.setattr("api.cli.subprocess.Popen", Process)
    monkeypatch.setattr("api.cli._require_free", lambda host, port: None)
    monkeypatch.setattr("api.cli._wait_until_up", lambda *args, **kwargs: None)
    result = runner.invoke(args=["serve", "--api-port", "5123"])
    assert "Pages:     http://127.0.0.1:5123/ui/" in result.output, result.output
    assert re.fullmatch(r"[0-9a-f]{64}", started[0][1]["FIGURES_SECRET_KEY"])
    monkeypatch.setenv("FIGURES_SECRET_KEY", "an operator's own long secret key")
    runner.invoke(args=["serve", "--api-port", "5124"])
    assert started[2][1]["FIGURES_SECRET_KEY"] == "an operator's own long secret key"


def test_sources_disagreeing_about_one_window_read_as_one_item(app, client, post):
    """DESIGN 6: ten sources disagreeing about one week are one item to review."""
    msf = {**AFP, "source": "MSF", "value": 500000, "stated_on": "2017-06-08"}
    later = {**OCHA, "stated_on": "2017-09-20", "as_of": "2017-09-20", "source": "REACH"}
    assert post("/claims", [OCHA, AFP, msf, later, {**later, "source": "IRC", "value": 20000}])
    body = client.get("/ui/").get_data(as_text=True)
    headings = re.findall(r'<h2 id="g-\d+-h">.*?</h2>', body, re.S)
    assert len(headings) == 2, headings
    assert "2017-09-20" in headings[0] and "June 2017" in headings[1]  # most severe first
    assert "3 discrepancies among AFP, MSF, UN OCHA" in body
    assert "1 discrepancy among IRC, REACH" in body


def test_candidates_without_evidence_still_highlight(app, client, monkeypatch):
    """An extractor that gives no evidence spans: figures marked, nothing to light."""
    text = "About 5,000 people fled Mosul, UNHCR said."
    bare = {
        "claim": {"metric": "fled", "location": "Mosul", "quantifier": "approximately"},
        "start": 6,
        "end": 11,
        "missing": ["source"],
    }
    monkeypatch.setattr("api.ui_extract.extract_candidates", lambda **kwargs: [bare])
    token = sign_in(client, app)
    page = client.post("/ui/extract", data={"csrf_token": token, "text": text})
    body = page.get_data(as_text=True)
    assert page.status_code == 200 and 'id="fig-0"' in body and ">5,000" in body
    assert "no source" in body and "data-src" not in body and "data-place" not in body
