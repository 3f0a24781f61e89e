"""Roles, scopes and the caller of a request, plus the API models of accounts."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints


class Role(StrEnum):
    MEMBER = "member"  # submit jobs, see queue and fleet, pause/cancel their own jobs
    OPERATOR = "operator"  # everything on jobs and printers
    ADMIN = "admin"  # users, tokens, settings (and everything an operator does)
    BUYER = "buyer"  # places orders and follows their own (uploads files); no printers


class Scope(StrEnum):
    """What a token may do; each scope includes the ones before it."""

    READ = "read"
    SUBMIT = "submit"
    OPERATE = "operate"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return list(Scope).index(self)


ROLE_SCOPE = {
    Role.MEMBER: Scope.SUBMIT,
    Role.OPERATOR: Scope.OPERATE,
    Role.ADMIN: Scope.ADMIN,
    Role.BUYER: Scope.SUBMIT,
}

Username = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$", min_length=1, max_length=64)
]


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: a user, through a session or a token (whose scope caps the role)."""

    username: str
    role: Role
    scope: Scope  # the role's, or lower for a token
    via: str  # "session" | "token <id>"

    def can(self, needed: Scope) -> bool:
        return self.scope.rank >= needed.rank

    @property
    def is_session(self) -> bool:
        return self.via == "session"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class UserOut(_Model):
    username: str
    role: Role
    disabled: bool
    created_at: float


class NewUser(_Model):
    username: Username
    role: Role = Role.MEMBER


class CreatedUser(_Model):
    """Shown once: the one-time password is never stored or shown again."""

    user: UserOut
    password: str


class PasswordChange(_Model):
    current_password: str = Field(default="", max_length=1024)  # needed for your own
    new_password: str | None = Field(default=None, min_length=12, max_length=1024)


class NewPassword(_Model):
    """Returned when a password was generated (an admin reset)."""

    password: str


class TokenRequest(_Model):
    scope: Scope = Scope.READ
    name: str = Field(default="", max_length=64, pattern=r"^[^\x00]*$")  # no NUL: PostgreSQL
    expires_days: float | None = Field(default=90, gt=0, le=3650)  # None: never
    username: Username | None = None  # an admin may create one for another user


class TokenOut(_Model):
    id: str
    username: str
    name: str
    scope: Scope
    created_at: float
    expires_at: float | None
    revoked: bool
    last_used_at: float | None


class CreatedToken(_Model):
    """The secret is shown once; only its hash is kept."""

    token: TokenOut
    secret: str


class Me(_Model):
    username: str
    role: Role
    scope: Scope
    via: str
    csrf_token: str | None = None  # for a browser session: send it as X-CSRF-Token


class AuditEntryOut(_Model):
    id: int
    ts: float
    username: str
    source: str
    action: str
    target: str
    status: int
    outcome: str
    detail: str
