"""Mentor pages on the mentee blueprint (`views`, `forms`): /mentee/mentors, /mentee/mentors/new, and a
mentor's research at /mentee/mentors/<id> and /mentee/mentors/<id>/edit; `services` ranks them by priority."""
