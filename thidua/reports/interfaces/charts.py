"""Charts drawn on the server as inline SVG: no JavaScript, no CDN, readable when printed."""
from django.utils.html import escape
from django.utils.safestring import mark_safe

PALETTE = ["#a4161a", "#e8a400", "#1a73e8", "#2e7d32", "#6a1b9a", "#00838f", "#5d4037", "#c2185b", "#455a64"]


def bar_chart(items, title, unit_label="", width=640, bar_height=22, top=None):
    """Horizontal bars: ``items`` = [(label, value)]."""
    items = [(str(label), max(0, int(value or 0))) for label, value in items]
    top = top or max([v for _, v in items] + [1])
    label_w, gap = 250, 8
    plot_w = width - label_w - 70
    height = 30 + len(items) * (bar_height + gap)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" viewBox="0 0 {width} {height}" '
        f'width="100%" aria-label="{escape(title)}"><title>{escape(title)}</title>',
        f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(title)}</text>',
    ]
    for i, (label, value) in enumerate(items):
        y = 28 + i * (bar_height + gap)
        w = round(plot_w * value / top) if value else 0
        short = label if len(label) <= 38 else label[:36] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + bar_height - 6}" font-size="12" text-anchor="end">{escape(short)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_height}" fill="{PALETTE[i % len(PALETTE)]}" />')
        parts.append(f'<text x="{label_w + w + 4}" y="{y + bar_height - 6}" font-size="12">{value}{escape(unit_label)}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))


def share_bars(items, title):
    """Percent bars 0–100: ``items`` = [(label, percent or None)]."""
    clean = [(label, round(p) if p is not None else 0) for label, p in items]
    return bar_chart(clean, title, unit_label="%", top=100)
