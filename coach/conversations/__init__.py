"""Conversations on the mentee blueprint (`views`, `forms`, `services`): prep
(/mentee/conversations, /mentee/mentors/<id>/prep), meetings, action items and aftercare
(/mentee/mentors/<id>/meetings), and peers (/mentee/peers: `peers`)."""
