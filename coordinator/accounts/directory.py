"""Users and tokens in the store: who a request comes from, and the changes an admin makes.

directory = Directory(store.engine)
password = directory.ensure_admin()            # first start: an admin, once
principal = directory.by_token("pf_…")         # None: unknown, revoked or expired
principal = directory.by_password("ann", "…")  # None: wrong name, password or disabled
"""

from __future__ import annotations

import secrets
import time

from sqlalchemy import Engine, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from coordinator.accounts.models import (
    ROLE_SCOPE,
    CreatedToken,
    CreatedUser,
    Principal,
    Role,
    Scope,
    TokenOut,
    UserOut,
)
from coordinator.accounts.passwords import generate_password, hash_password, verify_password
from coordinator.accounts.tables import SettingRow, TokenRow, UserRow
from coordinator.accounts.tokens import new_token, parse_token, secret_digest, secret_matches

ADMIN = "admin"


class AccountError(ValueError):
    """A change that cannot be made (unknown user, a duplicate, a scope above the role)."""


class UnknownAccountError(AccountError, LookupError):
    pass


def _user_out(row: UserRow) -> UserOut:
    return UserOut(
        username=row.username, role=Role(row.role), disabled=row.disabled, created_at=row.created_at
    )


def _token_out(row: TokenRow) -> TokenOut:
    return TokenOut(
        id=row.id,
        username=row.username,
        name=row.name,
        scope=Scope(row.scope),
        created_at=row.created_at,
        expires_at=row.expires_at,
        revoked=row.revoked_at is not None,
        last_used_at=row.last_used_at,
    )


def _capped(role: Role, scope: Scope) -> Scope:
    limit = ROLE_SCOPE[role]
    return scope if scope.rank <= limit.rank else limit


class Directory:
    def __init__(self, engine: Engine) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- farm-wide secrets -----------------------------------------------------------------
    def setting_secret(self, key: str) -> str:
        """A random value made once per farm (the first coordinator to ask makes it)."""
        with self._sessions.begin() as s:
            row = s.get(SettingRow, key)
            if row is not None:
                return row.value
        try:
            with self._sessions.begin() as s:
                s.add(SettingRow(key=key, value=secrets.token_urlsafe(48)))
        except IntegrityError:
            pass  # another coordinator made it first: use theirs
        with self._sessions.begin() as s:
            found = s.get(SettingRow, key)
            assert found is not None
            return found.value

    def setting(self, key: str) -> str | None:
        """A farm setting's stored value (None: never set)."""
        with self._sessions.begin() as s:
            row = s.get(SettingRow, key, populate_existing=True)
            return row.value if row is not None else None

    # -- users ------------------------------------------------------------------------------
    def ensure_admin(self, password: str | None = None) -> str | None:
        """With no user at all, create `admin` (with `password`, or a generated one that is
        returned to be shown once). Returns None when users already exist."""
        with self._sessions.begin() as s:
            if s.scalar(select(func.count()).select_from(UserRow)):
                return None
        chosen = password or generate_password()
        try:
            self._insert_user(ADMIN, Role.ADMIN, chosen)
        except AccountError:
            return None  # another coordinator created it at the same moment
        return chosen

    def _insert_user(self, username: str, role: Role, password: str) -> UserOut:
        row = UserRow(
            username=username,
            role=role.value,
            password_hash=hash_password(password),
            created_at=time.time(),
        )
        try:
            with self._sessions.begin() as s:
                s.add(row)
        except IntegrityError as e:
            raise AccountError(f"user {username!r} exists already") from e
        return _user_out(row)

    def add_user(self, username: str, role: Role) -> CreatedUser:
        password = generate_password()
        return CreatedUser(user=self._insert_user(username, role, password), password=password)

    def users(self) -> list[UserOut]:
        with self._sessions.begin() as s:
            return [_user_out(r) for r in s.scalars(select(UserRow).order_by(UserRow.username))]

    def user(self, username: str) -> UserOut:
        with self._sessions.begin() as s:
            return _user_out(self._row(s, username))

    @staticmethod
    def _row(s: Session, username: str) -> UserRow:
        row = s.get(UserRow, username)
        if row is None:
            raise UnknownAccountError(
                f"no user {username!r} (list them with `printfarm user list`)"
            )
        return row

    def set_disabled(self, username: str, disabled: bool) -> UserOut:
        with self._sessions.begin() as s:
            row = self._row(s, username)
            if disabled and row.role == Role.ADMIN and self._other_admins(s, username) == 0:
                raise AccountError("the last enabled admin cannot be disabled")
            row.disabled = disabled
            row.session_version += 1
            return _user_out(row)

    @staticmethod
    def _other_admins(s: Session, username: str) -> int:
        query = select(func.count()).where(
            UserRow.role == Role.ADMIN.value, ~UserRow.disabled, UserRow.username != username
        )
        return int(s.scalar(query) or 0)

    def set_password(self, username: str, password: str) -> None:
        with self._sessions.begin() as s:
            row = self._row(s, username)
            row.password_hash = hash_password(password)
            row.session_version += 1

    # -- authentication ---------------------------------------------------------------------
    def by_password(self, username: str, password: str) -> Principal | None:
        with self._sessions.begin() as s:
            row = s.get(UserRow, username)
            ok = verify_password(row.password_hash if row else None, password)
            if row is None or not ok or row.disabled:
                return None
            role = Role(row.role)
            return Principal(row.username, role, ROLE_SCOPE[role], "password")

    def session_principal(self, username: str, version: int) -> Principal | None:
        """The user of a browser session, unless disabled or signed out since."""
        with self._sessions.begin() as s:
            row = s.get(UserRow, username)
            if row is None or row.disabled or row.session_version != version:
                return None
            role = Role(row.role)
            return Principal(row.username, role, ROLE_SCOPE[role], "session")

    def session_version(self, username: str) -> int:
        with self._sessions.begin() as s:
            return self._row(s, username).session_version

    def by_token(self, text: str) -> Principal | None:
        parts = parse_token(text)
        if parts is None:
            return None
        now = time.time()
        with self._sessions.begin() as s:
            token = s.get(TokenRow, parts.id)
            if token is None or not secret_matches(parts.secret, token.secret_sha256):
                return None
            if token.revoked_at is not None or (token.expires_at or now + 1) <= now:
                return None
            user = s.get(UserRow, token.username)
            if user is None or user.disabled:
                return None
            if token.last_used_at is None or now - token.last_used_at > 60:
                token.last_used_at = now  # at most once a minute: not a write per request
            role = Role(user.role)
            return Principal(
                user.username, role, _capped(role, Scope(token.scope)), f"token {token.id}"
            )

    # -- tokens -----------------------------------------------------------------------------
    def create_token(
        self, username: str, scope: Scope, name: str, expires_days: float | None
    ) -> CreatedToken:
        parts = new_token()
        now = time.time()
        with self._sessions.begin() as s:
            user = self._row(s, username)
            limit = ROLE_SCOPE[Role(user.role)]
            if scope.rank > limit.rank:
                raise AccountError(
                    f"{username} is {user.role}: a token of theirs can have at most scope {limit}"
                )
            row = TokenRow(
                id=parts.id,
                username=username,
                name=name,
                scope=scope.value,
                secret_sha256=secret_digest(parts.secret),
                created_at=now,
                expires_at=None if expires_days is None else now + expires_days * 86400,
            )
            s.add(row)
        return CreatedToken(token=_token_out(row), secret=parts.text)

    def tokens(self, username: str | None = None) -> list[TokenOut]:
        query = select(TokenRow).order_by(TokenRow.created_at)
        if username is not None:
            query = query.where(TokenRow.username == username)
        with self._sessions.begin() as s:
            return [_token_out(r) for r in s.scalars(query)]

    def token(self, token_id: str) -> TokenOut:
        with self._sessions.begin() as s:
            row = s.get(TokenRow, token_id)
            if row is None:
                raise UnknownAccountError(f"no token {token_id!r} (see `printfarm token list`)")
            return _token_out(row)

    def revoke_token(self, token_id: str) -> TokenOut:
        with self._sessions.begin() as s:
            s.execute(
                update(TokenRow)
                .where(TokenRow.id == token_id, TokenRow.revoked_at.is_(None))
                .values(revoked_at=time.time())
            )
        return self.token(token_id)
