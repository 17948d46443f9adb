"""Statistics over the learner's reviews, for the dashboard: see :mod:`studyapp.progress.stats`."""
