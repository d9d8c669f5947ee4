"""Survei: keying paper forms, importing files, the index (IKM), the follow-up plan and
publication, and the kiosk the applicant answers on."""
