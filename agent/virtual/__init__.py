"""Marlin-like virtual printer behind a pseudo-terminal or TCP socket."""
