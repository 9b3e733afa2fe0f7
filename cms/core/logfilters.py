"""Log filters named in the settings' LOGGING."""

import logging


class OneLine(logging.Filter):
    """An ignored error as one line (its message), not a traceback per cache call:
    during a Redis outage every request would otherwise log several screens."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            record.msg = f"{record.getMessage()}: {type(error).__name__}: {error}"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True
