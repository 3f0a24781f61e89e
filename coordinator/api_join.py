"""Route of agent join codes: an admin asks for one, the answer is never cached."""

from __future__ import annotations

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse

from broker_config.add_agent import CredentialsError
from coordinator.agent_join import JoinIssuer
from coordinator.api_app import FarmApi

NO_BROKER = (
    "this coordinator does not run the agents' broker (it was started with --broker), so "
    "it holds no broker passwords: add the agent with `python -m broker_config.add_agent "
    "AGENT_ID` on the broker and write its agent.toml, or run the coordinator with --lan"
)


def add_join_routes(api: FarmApi, issuer: JoinIssuer | None) -> None:
    @api.operation("agent_join")
    def agent_join(request: Request, agent_id: str) -> JSONResponse:
        """A join code for agent `agent_id`: its new broker password and where to connect."""
        if issuer is None:
            raise HTTPException(409, NO_BROKER)
        try:
            code = issuer.issue(agent_id)
        except CredentialsError as e:
            raise HTTPException(422, str(e)) from e
        request.state.audit_detail = "join code issued (broker password replaced)"
        body = {
            "agent_id": code.agent_id,
            "broker": f"{code.broker_host}:{code.broker_port}",
            "join_code": code.encode(),
        }
        return JSONResponse(body, status_code=201, headers={"Cache-Control": "no-store"})


__all__ = ["add_join_routes"]
