"""Quotas and approval (optional per farm): a member's limits on what they queue and
print, and the thresholds over which a job waits for an operator's approval."""
