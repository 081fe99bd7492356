"""Downloading a report from an http(s) URL: a timeout, a size limit and one-line errors."""

from __future__ import annotations

import http.client
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import PurePosixPath

from ..errors import ReportError
from .decode import too_big

DEFAULT_TIMEOUT = 20.0
USER_AGENT = "analyst-workbench (a news-analysis notebook tool)"
ACCEPT = "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1"
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Download:
    """The body of a response and what the server said about it."""

    url: str
    data: bytes
    content_type: str
    charset: str | None


def is_url(source: object) -> bool:
    """True for an http(s) URL given as a string."""
    return isinstance(source, str) and source.strip().lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int) -> Download:
    """GET ``url``; any failure (offline, HTTP error, slow, too big) raises a one-line ReportError."""
    url = url.strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ReportError(url, "not an http(s) URL")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise ReportError(url, too_big("download", int(declared), max_bytes))
            data = _read_at_most(response, max_bytes + 1)
            if len(data) > max_bytes:
                raise ReportError(url, too_big("download", None, max_bytes))
            return Download(
                url=response.geturl() or url,
                data=data,
                content_type=response.headers.get_content_type(),
                charset=response.headers.get_content_charset(),
            )
    except urllib.error.HTTPError as exc:
        raise ReportError(url, f"the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError | socket.timeout):
            raise ReportError(url, f"no answer within {timeout:g} s") from None
        raise ReportError(url, f"cannot reach the server ({_reason(exc.reason)}); are you offline?") from None
    except TimeoutError:
        raise ReportError(url, f"no answer within {timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise ReportError(url, f"download failed ({_reason(exc)})") from None


def url_doc_id(url: str) -> str:
    """A file-name-safe id: the last path segment without its suffix, else the host name."""
    parts = urllib.parse.urlsplit(url)
    stem = PurePosixPath(urllib.parse.unquote(parts.path)).stem
    slug = re.sub(r"[^\w.-]+", "-", stem or parts.hostname or "report").strip("-.")
    return slug[:80] or "report"


def _read_at_most(response: http.client.HTTPResponse, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = response.read(min(CHUNK, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _reason(reason: object) -> str:
    return " ".join(str(reason).split()) or type(reason).__name__
