"""Drafts on the mentee blueprint (`views`, `forms`): a first draft (/mentee/mentors/<id>/drafts), the editor
(/mentee/drafts/<id>), earlier revisions and the diff with its history (`history`), and asking the
model about a revision (`critics`); `services` writes drafts and saves revisions with their critique."""
