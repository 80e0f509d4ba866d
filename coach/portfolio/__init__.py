"""The portfolio on the mentee blueprint (`views`): /mentee/portfolio and /mentee/portfolio.md, the
lesson's four deliverables gathered from the mentee's records (`services`)."""
