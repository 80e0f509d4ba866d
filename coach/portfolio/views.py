"""The portfolio pages: the four deliverables on one printable page, and as Markdown."""

from flask import Response, g, render_template, url_for

from ..db import get_db
from ..mentee import bp, mentee_only
from . import services as portfolio


def portfolio_link(endpoint, values):
    """The absolute URL of the page where a missing part of the portfolio is filled in."""
    return url_for(endpoint, _external=True, **values)


def markdown_response(data):
    """The portfolio as a Markdown download named with the mentee's name and the date."""
    return Response(
        portfolio.to_markdown(data, portfolio_link),
        mimetype="text/markdown",
        headers={"Content-Disposition": f'attachment; filename="{portfolio.filename(data)}"'},
    )


@bp.route("/portfolio")
@mentee_only
def portfolio_page():
    """The four deliverables on one printable page."""
    return render_template("mentee/portfolio.html", p=portfolio.build(get_db(), g.user), owner=True)


@bp.route("/portfolio.md")
@mentee_only
def portfolio_markdown():
    """Download the four deliverables as Markdown."""
    return markdown_response(portfolio.build(get_db(), g.user))
