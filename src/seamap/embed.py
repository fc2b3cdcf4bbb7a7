"""An HTML snippet that places a briefing map in another page without touching its styles."""

from __future__ import annotations

import html
import re

__all__ = ["embed_snippet"]


def embed_snippet(doc: str, *, height: int = 640) -> str:
    """A <figure> with the map in a sandboxed iframe (srcdoc) and a caption with its sources.

    The iframe has ``sandbox="allow-scripts"`` without ``allow-same-origin``: the map's script
    runs, but it cannot reach the host page, and neither page's styles reach the other.
    """
    m = re.search(r"<title>(.*?)</title>", doc, re.S)
    title = html.unescape(m.group(1)) if m else "seamap briefing map"
    sources = re.findall(r"<li>([^<]*?): [^<]*?</li>", doc.split('<ul id="sources">', 1)[-1].split("</ul>", 1)[0])
    caption = f"{title}. Map: seamap. Sources: {', '.join(html.unescape(s) for s in sources) or 'see the map'}."
    return (
        '<figure class="seamap-embed" style="margin:0">'
        f'<iframe title="{html.escape(title, quote=True)}" sandbox="allow-scripts" loading="lazy" '
        f'style="width:100%;height:{int(height)}px;border:0" srcdoc="{html.escape(doc, quote=True)}"></iframe>'
        f"<figcaption>{html.escape(caption)}</figcaption></figure>\n"
    )
