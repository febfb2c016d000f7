"""URLs fit for a message or a paste: the password in `user:PASSWORD@` or in the query masked."""

import re
from urllib.parse import SplitResult, urlsplit, urlunsplit

MASK = "***"
# key=value pairs in a URL's query or a DSN that carry a secret.
_SECRET_PARAM = re.compile(r"((?:password|passwd|pwd|secret|token)=)[^&;\s]*", re.IGNORECASE)


def mask_url(value: str) -> str:
    """A URL with its password (user:PASSWORD@, or password= in the query) masked."""
    try:
        parts = urlsplit(value)
        password = parts.password
    except ValueError:
        return _SECRET_PARAM.sub(rf"\g<1>{MASK}", value)
    netloc = parts.netloc
    if password is not None:
        userinfo, _, host = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:{MASK}@{host}"
    masked = SplitResult(parts.scheme, netloc, parts.path, parts.query, parts.fragment)
    return _SECRET_PARAM.sub(rf"\g<1>{MASK}", urlunsplit(masked))
