"""Spools: the filament loaded on each printer, kept by the coordinator (issue 12)."""
