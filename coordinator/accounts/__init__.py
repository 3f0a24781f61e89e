"""Accounts: users with roles, scoped API tokens, browser sessions, the audit trail.

Who may do what is declared once per HTTP operation (`coordinator/routes.py`); this
package answers who the caller is (`Directory`) and records what they did (`AuditLog`).
"""
