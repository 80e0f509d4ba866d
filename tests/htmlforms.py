"""Read the <form>s of a page as a browser would: action, method and each field's name, type and default.

The load benchmark fills forms from their defaults, and the hostile-input sweep finds every field to
attack, without either knowing the app's forms in advance.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

SKIPPED_INPUT_TYPES = {"submit", "button", "reset", "image", "file"}


@dataclass
class Field:
    """One named control: its tag ('input', 'textarea', 'select'), input type, default value, options and the
    limits the page states (min, max, maxlength; empty when none)."""

    name: str
    tag: str
    type: str = "text"
    value: str = ""
    options: list = field(default_factory=list)
    checked: bool = False
    limits: dict = field(default_factory=dict)


@dataclass
class Form:
    """One form: where it posts, how, and its fields in page order."""

    action: str
    method: str
    fields: list = field(default_factory=list)

    def data(self, **overrides):
        """The values a browser would send untouched (defaults, first option, checked boxes), then overrides."""
        values = {}
        for f in self.fields:
            if f.type in ("checkbox", "radio") and not f.checked:
                continue
            values.setdefault(f.name, f.value if f.tag != "select" or f.value else (f.options or [""])[0])
        return {**values, **overrides}

    def text_fields(self):
        """The names of the fields a person types into (text, email, number, textarea...)."""
        return [
            f.name
            for f in self.fields
            if f.tag == "textarea" or (f.tag == "input" and f.type not in ("hidden", "checkbox", "radio", "password"))
        ]


def _limits(attrs):
    """The numeric limits an input or textarea states, as numbers."""
    return {k: int(attrs[k]) for k in ("min", "max", "maxlength") if attrs.get(k, "").lstrip("-").isdigit()}


class _FormParser(HTMLParser):
    def __init__(self, page_url):
        super().__init__(convert_charrefs=True)
        self.page_url, self.forms, self._form, self._text, self._select = page_url, [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            self._form = Form(
                urljoin(self.page_url, a.get("action") or self.page_url), (a.get("method") or "get").upper()
            )
            self.forms.append(self._form)
        elif self._form is None or not a.get("name") and tag != "option":
            return
        elif tag == "input" and a.get("type", "text").lower() not in SKIPPED_INPUT_TYPES:
            self._form.fields.append(
                Field(
                    a["name"],
                    "input",
                    a.get("type", "text").lower(),
                    a.get("value", ""),
                    checked="checked" in a,
                    limits=_limits(a),
                )
            )
        elif tag == "button" and a.get("type", "submit").lower() == "submit":
            # A named submit button sends its value when clicked: the first one of a name stands for the click.
            self._form.fields.append(Field(a["name"], "button", "submit", a.get("value", "")))
        elif tag == "textarea":
            self._text = Field(a["name"], "textarea", "textarea", limits=_limits(a))
            self._form.fields.append(self._text)
        elif tag == "select":
            self._select = Field(a["name"], "select", "select")
            self._form.fields.append(self._select)
        elif tag == "option" and self._select is not None:
            self._select.options.append(a.get("value", ""))
            if "selected" in a:
                self._select.value = a.get("value", "")

    def handle_data(self, data):
        if self._text is not None:
            self._text.value += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "textarea":
            if self._text is not None and self._text.value.startswith("\n"):
                self._text.value = self._text.value[1:]  # as browsers do: one leading newline is markup
            self._text = None
        elif tag == "select":
            self._select = None


def parse_forms(html, page_url="/"):
    """Return the page's forms, with actions resolved against `page_url`."""
    parser = _FormParser(page_url)
    parser.feed(html)
    parser.close()
    return parser.forms
