"""Printer backends behind agent/printer_interface.py: the serial session and OctoPrint."""
