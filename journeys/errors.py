"""Errors meant for users: each carries one sentence that says what is wrong."""


class JourneyError(Exception):
    """A problem the user can fix; shown as one line, never as a traceback."""


class SettingsError(JourneyError):
    """A bad or missing setting, named with where it came from."""


class NotFoundError(JourneyError):
    """Something the user named (a stage, a metric, an item) does not exist."""
