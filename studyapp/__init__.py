"""StudyApp: turns documents into study material and helps people remember it."""

__version__ = "0.1.0"
APP_NAME = "StudyApp"
