def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert "Page not found" in response.get_data(as_text=True)


def test_request_over_the_size_limit_gets_a_clear_413_page(actions, client):
    actions.signup()
    response = actions.post("/mentee/profile", {"background": "x" * (600 * 1024)})
    page = response.get_data(as_text=True)
    assert response.status_code == 413
    assert "That was too large" in page and "512 KB" in page


def test_unexpected_error_is_logged_and_answered_without_a_stack_trace(app, caplog):
    @app.route("/boom")
    def boom():
        raise RuntimeError("secret internals")

    response = app.test_client().get("/boom")
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong on our side" in page
    assert "secret internals" not in page and "Traceback" not in page
    assert "secret internals" in caplog.text
