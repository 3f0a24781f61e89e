"""The join code: everything an agent needs to join a farm, issued once by the coordinator.

    code = JoinCode(agent_id="shelf-1", broker_host="farm-pc", broker_port=1883,
                    password="...", api_url="http://farm-pc:8080").encode()
    JoinCode.decode(code).password

`pfjoin1.` + base64url(JSON), no padding. It holds the agent's broker password: it is a
secret (printed once by `printfarm agent-join`, read by `printfarm-agent setup` from a
file or stdin, never from its arguments). Defined on the agent side, like the wire
contract, so the coordinator imports it and the agent never imports the coordinator.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.wire.ids import AgentId

PREFIX = "pfjoin1."


class JoinCodeError(ValueError):
    """Not a join code, or a damaged one; the message never repeats the code."""


class JoinCode(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    v: Literal[1] = 1
    agent_id: AgentId
    broker_host: str = Field(min_length=1, max_length=253)
    broker_port: int = Field(ge=1, le=65535)
    broker_tls: bool = False
    ca_pem: str | None = Field(default=None, max_length=65536)  # the broker's CA, if private
    password: str = Field(min_length=8, max_length=256, repr=False)
    api_url: str = Field(min_length=1, max_length=2048)

    def encode(self) -> str:
        raw = self.model_dump_json(exclude_none=True).encode()
        return PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> JoinCode:
        text = text.strip()
        if not text.startswith(PREFIX):
            raise JoinCodeError(f"not a join code (it starts with {PREFIX!r}); ask for a new "
                                "one with `printfarm agent-join AGENT_ID`")  # fmt: skip
        body = text[len(PREFIX) :]
        try:
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
            return cls.model_validate(json.loads(raw))
        except (binascii.Error, ValueError, ValidationError) as e:
            # ValidationError would quote the input, password included: name the fields only.
            fields = [".".join(map(str, i["loc"])) for i in e.errors()] if isinstance(
                e, ValidationError) else []  # fmt: skip
            where = f" (fields: {', '.join(fields)})" if fields else ""
            raise JoinCodeError(f"the join code is damaged{where}: copy it again") from None
