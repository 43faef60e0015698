"""sha1 and sha256 for the checks, without importing hashlib where CPython has its own.

``import hashlib`` loads OpenSSL (``_hashlib``): some 2 ms at the start of every check, for a
few short digests (the regex caches' keys, pacer's own texts known by hash). CPython's built-in
implementations give the same digests; hashlib is used where they are missing.
"""

from __future__ import annotations

try:
    from _sha1 import sha1
except ImportError:  # pragma: no cover - a Python built without its own sha1
    from hashlib import sha1
try:
    from _sha2 import sha256  # Python 3.12+
except ImportError:
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:  # pragma: no cover - a Python built without its own sha256
        from hashlib import sha256

__all__ = ["sha1", "sha256"]
