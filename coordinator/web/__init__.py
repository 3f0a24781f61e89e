"""The farm's dashboard, served by the coordinator: hand-written ES modules and CSS in
`static/` (uPlot vendored, with its licence), pages that need a signed-in session, a wall
view an admin may open to anyone, and a live stream of the fleet and the queue."""

from coordinator.web.routes import add_web_routes

__all__ = ["add_web_routes"]
