"""Mentor pages on the mentee blueprint (`views`): /mentee/mentors, /mentee/mentors/new, and a
mentor's research at /mentee/mentors/<id> and /mentee/mentors/<id>/edit."""
