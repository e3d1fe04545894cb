"""Internal links of the built site, and the link checker itself against a local server that
answers 200, 404, a redirect loop and a timeout (this machine has no internet)."""
import time
from http.server import BaseHTTPRequestHandler

from tests.linkcheck import CONFIG, check_site, linkchecker
from tests.serve import serve


def test_no_broken_internal_links(site):
    broken = check_site(site)
    assert broken == [], "\n".join(str(b) for b in broken[:50])


class Cases(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/":
            self._send(200, b'<html><body><a href="/ok">ok</a> <a href="/missing">missing</a> '
                            b'<a href="/loop">loop</a> <a href="/slow">slow</a> <a href="/folder/">folder</a></body></html>')
        elif self.path == "/ok":
            self._send(200, b"<html><body>fine</body></html>")
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(4)  # longer than the checker's timeout below; bounded, then the request ends
            self._send(200, b"late")
        else:
            self._send(404, b"not found")

    def _send(self, status, body):
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("LinkChecker", "allowed")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_checker_reports_404_redirect_loop_and_timeout_but_not_a_good_link(tmp_path):
    with serve(tmp_path, lambda *a, **k: Cases(*a)) as url:
        broken = {b.url.removeprefix(url): b.result for b in linkchecker(url + "/", "--timeout", "2")}
    assert "/ok" not in broken
    assert "404" in broken["/missing"]
    assert "/loop" in broken
    assert "/slow" in broken
    assert "404" in broken["/folder/"]


def test_every_ignored_link_pattern_has_a_reason():
    lines = CONFIG.read_text().splitlines()
    start = lines.index("ignore=")
    previous = ""
    for line in lines[start + 1:]:
        if not line.startswith("  "):
            if not line.startswith("#"):
                break
            previous = line
            continue
        assert previous.startswith("# "), f"no reason above ignore pattern {line.strip()}"


def test_the_split_check_finds_a_broken_link_in_every_language(tmp_path):
    # check_site splits the languages between two linkcheckers: a broken link must be found whichever
    # language's page it stands on, and a link from one language into another must still be checked.
    def page(path, body):
        path.mkdir(parents=True, exist_ok=True)
        (path / "index.html").write_text(f"<html><body>{body}</body></html>", encoding="utf-8")

    page(tmp_path, '<a href="countries/">c</a> <a href="aa/">aa</a> <a href="bb/">bb</a> <a href="cc/">cc</a>')
    page(tmp_path / "countries", '<a href="../missing-en/">x</a>')
    for lang in ("aa", "bb", "cc"):
        page(tmp_path / lang, f'<a href="countries/">c</a> <a href="../{lang}/countries/">again</a>')
        page(tmp_path / lang / "countries", f'<a href="../missing-{lang}/">x</a> <a href="../../gone-from-{lang}/">y</a>')
    broken = {b.url.rstrip("/").rsplit("/", 1)[-1] for b in check_site(tmp_path)}
    assert broken == {"missing-en", "missing-aa", "missing-bb", "missing-cc", "gone-from-aa", "gone-from-bb", "gone-from-cc"}
