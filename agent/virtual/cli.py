"""`printfarm virtual-printer` (STUB: the virtual-printer helper replaces this)."""

from __future__ import annotations


def virtual_printer() -> None:
    """Start one virtual printer and print its port path on the first line."""
    raise NotImplementedError
