"""`/docs`: Swagger UI from files shipped in the package, so it works with no internet.

The page is for signed-in users (it loads `/openapi.json`, which wants one too); its
assets are public under `/vendor/swagger/` (a prefix of their own, apart from the
dashboard's static files). ReDoc is off: one API browser is enough, and it is another
megabyte to vendor. The assets are swagger-ui-dist, see `api_docs_assets/README`.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import HTTPException
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

from coordinator.api_app import FarmApi
from coordinator.routes import BY_NAME

ASSETS = Path(__file__).parent / "api_docs_assets"
# The files a browser may fetch, and their media types (nothing else in the folder).
SERVED = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "favicon-32x32.png": "image/png",
    "LICENSE": "text/plain",
}


def asset_url(name: str) -> str:
    return BY_NAME["api_docs_asset"].url(name=name)


def add_api_docs_routes(api: FarmApi) -> None:
    @api.operation("api_docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI over this farm's OpenAPI schema."""
        return get_swagger_ui_html(
            openapi_url=BY_NAME["openapi"].path,
            title="printfarm API",
            swagger_js_url=asset_url("swagger-ui-bundle.js"),
            swagger_css_url=asset_url("swagger-ui.css"),
            swagger_favicon_url=asset_url("favicon-32x32.png"),
            swagger_ui_parameters={"validatorUrl": None},  # no calls to a public validator
        )

    @api.operation("api_docs_asset", response_class=FileResponse, include_in_schema=False)
    def asset(name: str) -> FileResponse:
        media_type = SERVED.get(name)
        if media_type is None:
            raise HTTPException(404, f"no such file: {name[:80]}")
        return FileResponse(
            ASSETS / name, media_type=media_type, headers={"Cache-Control": "public, max-age=86400"}
        )
