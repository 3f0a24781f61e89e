"""Orders: a buyer's parts x quantities, planned across sites (planner.py is pure)."""
