"""Firmware profiles as data: one TOML file per firmware family."""
