"""`/docs` works offline: the page a signed-in user gets names only this server's
assets (no CDN, no outside host at all), each of them answers 200 to anyone, the
schema it loads answers the same user, and the assets' folder serves nothing else."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role, Scope
from tests.coordinator_harness import running_coordinator
from tests.helpers.api_server import api_server

pytestmark = pytest.mark.mqtt


def test_docs_use_only_local_assets(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as server:
        token = server.add_user("reader", Role.MEMBER, Scope.READ)
        signed_in = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=server.url, timeout=10) as http:
            assert http.get("/docs").status_code == 401
            page = http.get("/docs", headers=signed_in)
            assert page.status_code == 200
            html = page.text
            assert not re.search(r"https?://", html), "the page names an outside host"
            assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)
            assert {a.rsplit("/", 1)[-1] for a in assets} == {
                "swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png",
            }  # fmt: skip
            for url in assets:
                assert url.startswith("/vendor/swagger/"), url
                response = http.get(url)  # anonymous: assets are public
                assert response.status_code == 200, url
                assert len(response.content) > 500, url
            assert "'/openapi.json'" in html or '"/openapi.json"' in html
            assert http.get("/openapi.json", headers=signed_in).json()["info"]["title"]
            assert http.get("/vendor/swagger/README").status_code == 404
            assert http.get("/vendor/swagger/..%2Froutes.py").status_code == 404
