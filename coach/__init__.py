"""Outreach Coach: the Flask application factory.

Flask is imported inside create_app so that `coach critique` and the engine, which import this
package, start without loading the web stack.
"""

import os


def create_app(test_config=None):
    """Build the app from environment variables, overridden by `test_config` in tests."""
    from flask import Flask, g, redirect, render_template
    from flask_wtf.csrf import CSRFProtect

    from .config import default_instance_path, instance_secret_key, load_config

    app = Flask(__name__, instance_path=default_instance_path(), instance_relative_config=True)
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.from_mapping(load_config(app.instance_path))
    if test_config:
        app.config.from_mapping(test_config)
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = instance_secret_key(app.instance_path)

    from . import db, errors, security, vocabulary
    from .accounts import account, auth, recovery
    from .api import views as api
    from .engine.titles import title_of
    from .instructor import cohort_admin
    from .instructor import views as instructor
    from .instructor.calibration import EXAMPLE_BODY, EXAMPLE_SUBJECT
    from .mentee import deletions
    from .mentee import views as mentee

    db.init_app(app)
    errors.init_app(app)
    security.init_app(app)
    csrf = CSRFProtect(app)
    csrf.exempt(api.critique)  # stateless and sign-in free: nothing for a forged request to act on
    # Importing these adds their routes to the mentee blueprint (coach/mentee/__init__.py).
    from .conversations import views as conversations_views  # noqa: F401
    from .drafts import views as drafts_views  # noqa: F401
    from .mentee import cohort as mentee_cohort  # noqa: F401
    from .mentors import views as mentors_views  # noqa: F401
    from .outreach import views as outreach_views  # noqa: F401
    from .portfolio import views as portfolio_views  # noqa: F401

    for module in (auth, recovery, mentee, deletions, instructor, cohort_admin, api, account):
        app.register_blueprint(module.bp)
    # A global, not a context processor: it reaches the macros pages import without context (_critique.html).
    app.jinja_env.globals["vocab"] = vocabulary
    app.jinja_env.filters["finding_title"] = title_of

    @app.route("/")
    def index():
        """The front page: what Outreach Coach does and a live critique to try, or the signed-in user's home."""
        if g.user:
            return redirect(auth.home_for(g.user))
        return render_template(
            "index.html", limits=api.LIMITS, example={"subject": EXAMPLE_SUBJECT, "body": EXAMPLE_BODY}
        )

    @app.route("/favicon.ico")
    def favicon():
        """The site icon at the address browsers ask for on every page (an SVG, which they all draw)."""
        return app.send_static_file("favicon.svg")

    @app.route("/healthz")
    def healthz():
        """Liveness: 200 ok without touching the database (the benchmarks' no-op baseline)."""
        return "ok", 200, {"Content-Type": "text/plain; charset=utf-8"}

    return app
