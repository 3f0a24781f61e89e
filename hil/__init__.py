"""Hardware-in-the-loop conformance checks for a printer on a port."""
