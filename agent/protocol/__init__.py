"""Pure G-code host protocol: bytes and time in, typed events and lines out."""
