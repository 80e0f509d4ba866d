"""Outreach on the mentee blueprint (`views`, `forms`): the strategy and board (/mentee/strategy,
/mentee/board: `strategy`), a mentor's outreach page with its status, schedule, value proposition
and research links (/mentee/mentors/<id>/outreach), and follow-ups (/mentee/followups: `followups`)."""
