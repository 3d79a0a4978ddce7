"""Every page a demo user reaches by following links is in Vietnamese: no English UI word
(Django's, a library's or ours), no raw state code, no internal code of a criteria set.
The crawl follows the links of each role's pages from the home page (two pages of each URL
shape), as someone clicking through would."""
import re
from html.parser import HTMLParser

import pytest
from django.core.management import call_command

ROLES = ("ban.tdkt", "kesat.canbo", "kesat.congan", "kesat.hoidong", "kesat.xem")
# Whole words that must not reach a user: English UI words and the raw values of our states.
ENGLISH = re.compile(
    r"\b(Skip to|Toggle|Choose|Changed|Unauthorized|Not Found|Forbidden|Server Error|None|True|False|pending|"
    r"accepted|returned|submitted|draft|proposed|approved|rejected|awarded|withdrawn|confirmed|candidate|"
    r"Save|Delete|Submit|Search|Cancel|Edit|Next|Previous|Page \d|Home|History|Filter|Loading|Login|Logout|"
    r"Password|Username|Yes|No|Select|null|undefined|Invalid|This field|required|Enter a|Ensure this)\b")
INTERNAL = re.compile(r"(?<![\w/.-])[a-z0-9]+(?:-[a-z0-9]+){2,}(?![\w/.-])")  # codes: lao-dong-tien-tien-2022, xa-ke-sat
SKIP = ("/quan-tri", "/api", "/media", "/static", "/tai-khoan/dang-xuat")


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.text, self._hidden = [], [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style"):
            self._hidden += 1
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        self.text += [attrs[k] for k in ("title", "placeholder", "aria-label", "alt") if attrs.get(k)]

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.text.append(data)


def crawl(client, limit=120):
    seen, shapes, queue, found = set(), {}, ["/"], []
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code < 500, url
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        page = _Page()
        page.feed(response.content.decode())
        text = " ".join(" ".join(page.text).split())
        for pattern in (ENGLISH, INTERNAL):
            found += [(url, text[max(0, m.start() - 40):m.end() + 40]) for m in pattern.finditer(text)]
        for href in page.links:
            href = href.split("#")[0]
            if not href.startswith("/") or href.startswith(SKIP) or re.search(r"\.(docx|pdf|xlsx|zip|png)(\?|$)", href):
                continue
            shape = re.sub(r"\d+", "N", href.split("?")[0])
            shapes[shape] = shapes.get(shape, 0) + 1
            if shapes[shape] <= 2:
                queue.append(href)
    return seen, found


@pytest.mark.django_db
def test_every_page_each_role_reaches_is_in_vietnamese(client):
    # the demo inside this test's transaction (rolled back after it: no flush, nothing left for other tests)
    call_command("load_demo", "--quiet-logins")
    problems = []
    for username in ROLES:
        client.logout()
        assert client.login(username=username, password="thidua2025")
        seen, found = crawl(client)
        assert len(seen) > 5, (username, seen)
        problems += [f"{username} {url}: …{context}…" for url, context in found]
    assert not problems, "\n".join(problems[:30])
