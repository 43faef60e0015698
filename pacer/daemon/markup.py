"""Body markup: a notification server that renders it reads "<b>" in a reason, or a bare "&", as markup.

Such a server says so (GetCapabilities lists "body-markup"); to it, bodies go
escaped, so they show as written. When a server cannot say, bodies go escaped
too: at worst an entity shows as written, never a person's words as markup.
"""

from __future__ import annotations

from typing import Any


def escape_markup(text: str) -> str:
    """Text shown as itself by a server that renders body markup (&, < and > as entities)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CapabilitiesViaTool:
    """GetCapabilities through gdbus (or dbus-send), briefly: a server that does not answer at
    once is taken to render markup, and the notification itself still has its own timeout."""

    def __init__(self, owner) -> None:
        self.owner = owner  # a pacer.daemon.notify.PlyerNotifier: its environment and platform

    def GetCapabilities(self, timeout: float) -> list[str]:
        from pacer.daemon.notify import NOTIFICATIONS, PlyerNotifier, _bus_call

        brief = PlyerNotifier(self.owner.env, platform=self.owner.platform, command_timeout=min(timeout, 1.0))
        return _bus_call(brief, NOTIFICATIONS, "/org/freedesktop/Notifications", f"{NOTIFICATIONS}.GetCapabilities")


def renders_markup(server: Any, timeout: float) -> bool:
    """Does the notification server announce body-markup? When it cannot say, assume it does:
    at worst an entity shows as written, never a reason as markup."""
    try:
        return "body-markup" in [str(capability) for capability in server.GetCapabilities(timeout=timeout)]
    except Exception:
        return True
