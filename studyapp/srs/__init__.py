"""Spaced repetition: FSRS scheduling, the learner's study day, fitting personal parameters.

The only package that imports ``fsrs`` and ``fsrs_rs_python``; import its modules directly
(``studyapp.srs.scheduler``, ``studyapp.srs.days``, ``studyapp.srs.fit``) so that code that
only needs the study day does not load the scheduler.
"""
