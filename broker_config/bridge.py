"""A site's own Mosquitto, bridged to the central broker: the configuration lines.

A site (a workshop with its own printers) runs a Mosquitto on its LAN. Its agents
connect to it exactly as they would to the central broker: the same agents' listener
(client id := username, passwords or certificates) and the same ACL file. One
`connection` section bridges it to the central broker over TLS.

Topics are not remapped: the bridge carries `printfarm/v1/<agent>/...` unchanged both
ways. Agent ids are fleet-wide names already (a printer is `agent/printer` everywhere),
so a site prefix would only make the coordinator undo it; with none the coordinator
sees the same topics as for a directly connected agent and needs no change. What keeps
one site from speaking for another's agents is the central ACL: the bridge user may
publish only its own agents' subtrees and read only their command topics
(`central_acl_lines`).

Out (site to central): `status`, `state` and `hil` (retained, QoS 1: the retain flag
crosses the bridge), `events` and `replies` (QoS 1), `telemetry` (QoS 0: periodic, never
queued, a stale sample after an outage is worth nothing). In: `commands` (QoS 1).

While the WAN is down:
- agents stay connected to the site broker and keep printing and publishing; the
  bridge is a persistent session on both sides (`cleansession false`), so the site
  broker queues every QoS 1 message for the central broker, and the central broker
  queues the coordinator's commands for the site; persistence keeps the queues across
  a restart of either broker. On reconnection both queues drain in order.
- an agent's status stays `online` on the central broker (the agent is alive, only
  unreachable) and its retained state is the last one that crossed. What the coordinator
  can tell is that the *site* is unreachable: the bridge publishes `1` on
  `printfarm/sites/<site>/bridge` (retained) when it connects and leaves `0` there as its
  last will on the central broker, which publishes it when the link is lost
  (`site_bridge_topic`); the coordinator shows it in `/health` (`sites`,
  coordinator/service/site_links.py). An agent that dies during the outage leaves its `offline` will
  on the site broker, queued (QoS 1, retained) like the rest.

The bridge speaks MQTT 3.1.1 (every broker the design allows centrally takes it, and
nothing here needs v5's properties) with `try_private true`: a Mosquitto on the far end
then knows it is a bridge and sends none of its own messages back. For a central broker
other than Mosquitto, set `try_private false`.

The bridge retries every `RESTART_TIMEOUT` (a jittered backoff up to its cap), so the
backlog reaches the coordinator within about that cap once the WAN is back. Mosquitto
2.0.11 was seen to stop retrying after a few TLS handshakes the far end cut short
(accept, then close); refused or unreachable addresses are retried as they should be.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agent.wire.ids import validate_id
from agent.wire.topics import PREFIX, PRINTER_CHANNELS, QOS, Channel
from broker_config.listeners import Listener, agent_listener, global_lines

BRIDGE_USER_PREFIX = "bridge@"  # `@` is no agent id's character: no agent can be the bridge
SITES_TOPIC_ROOT = "printfarm/sites"
SITE_BRIDGES_FILTER = f"{SITES_TOPIC_ROOT}/+/bridge"  # what the coordinator subscribes to
MAX_QUEUED_MESSAGES = 200_000  # what the central broker allows the coordinator's session
RESTART_TIMEOUT = (2, 30)  # the bridge's reconnection backoff, seconds: first, cap
KEEPALIVE_S = 30


def _agent_topics() -> tuple[tuple[str, str, int], ...]:
    """(topic under printfarm/v1/<agent>/, direction, QoS) of every channel of the
    agent's API, at the QoS the wire contract gives it: commands come in, the rest out."""
    return tuple(
        (
            str(channel) if channel not in PRINTER_CHANNELS else f"+/{channel}",
            "in" if channel is Channel.COMMANDS else "out",
            QOS[channel],
        )
        for channel in Channel
    )


AGENT_TOPICS = _agent_topics()


def bridge_user(site: str) -> str:
    """The bridge's username on the central broker (its certificate's common name)."""
    return BRIDGE_USER_PREFIX + validate_id(site, "site id")


def site_bridge_topic(site: str) -> str:
    """Retained `1` while the site's bridge is connected, `0` once it is lost."""
    return f"{SITES_TOPIC_ROOT}/{validate_id(site, 'site id')}/bridge"


@dataclass(frozen=True, slots=True)
class BridgeTls:
    cafile: Path  # the farm's CA: the central broker's certificate must chain to it
    certfile: Path  # the bridge's client certificate (CN = bridge_user(site))
    keyfile: Path


@dataclass(frozen=True, slots=True)
class SiteBroker:
    site: str
    agents: tuple[str, ...]
    central_host: str
    central_port: int
    bridge_tls: BridgeTls
    listener: Listener  # the site's agents' listener
    persistence_dir: Path
    run_as: str | None = None  # Mosquitto's `user` (it drops root's privileges to it)


def _agent_topic(agent: str, suffix: str) -> str:
    return f"{PREFIX}/{validate_id(agent, 'agent id')}/{suffix}"


def bridge_lines(site: SiteBroker) -> list[str]:
    """The `connection` section: TLS, persistent session, topics, notifications."""
    user = bridge_user(site.site)
    lines = [
        f"connection printfarm-{site.site}",
        f"address {site.central_host}:{site.central_port}",
        f"remote_clientid {user}",
        f"remote_username {user}",
        f"local_clientid printfarm-bridge-{site.site}",
        "bridge_protocol_version mqttv311",
        "try_private true",
        "cleansession false",
        "start_type automatic",
        f"restart_timeout {RESTART_TIMEOUT[0]} {RESTART_TIMEOUT[1]}",
        f"keepalive_interval {KEEPALIVE_S}",
        "bridge_outgoing_retain true",
        "notifications true",
        f"notification_topic {site_bridge_topic(site.site)}",
        f"bridge_cafile {site.bridge_tls.cafile}",
        f"bridge_certfile {site.bridge_tls.certfile}",
        f"bridge_keyfile {site.bridge_tls.keyfile}",
        "bridge_tls_version tlsv1.2",
        "bridge_insecure false",
    ]
    for agent in site.agents:
        lines += [
            f"topic {_agent_topic(agent, suffix)} {direction} {qos}"
            for suffix, direction, qos in AGENT_TOPICS
        ]
    return lines


def site_config_lines(site: SiteBroker) -> list[str]:
    """The site broker's whole mosquitto.conf."""
    if not site.agents:
        raise ValueError("a site broker needs at least one agent to bridge")
    lines = [
        f"# printfarm site broker of {site.site}, bridged to "
        f"{site.central_host}:{site.central_port}",
        "# (written by `printfarm site broker-config`; broker_config/bridge.py says why)",
        *global_lines(),
        *agent_listener(site.listener),
        "set_tcp_nodelay true",
        # The bridge's queue while the WAN is down: every QoS 1 message of the site's
        # agents (events, replies, states) until the central broker is back.
        f"max_queued_messages {MAX_QUEUED_MESSAGES}",
        "max_queued_bytes 0",
        "persistence true",
        f"persistence_location {site.persistence_dir}/",
        f"persistence_file {site.site}.db",
        "autosave_interval 10",
        "log_dest stderr",
        "log_type error",
        "log_type warning",
        "log_type notice",
        "connection_messages true",
    ]
    if site.run_as is not None:
        lines.append(f"user {site.run_as}")
    return [*lines, "", *bridge_lines(site)]


def central_acl_lines(site: str, agents: tuple[str, ...]) -> list[str]:
    """The central ACL's entry for the site's bridge user: its agents' API and no more."""
    lines = [
        f"# printfarm site {site}: its broker's bridge (`printfarm site broker-config`)",
        f"user {bridge_user(site)}",
        f"topic write {site_bridge_topic(site)}",
    ]
    for agent in agents:
        lines += [
            f"topic {'write' if direction == 'out' else 'read'} {_agent_topic(agent, suffix)}"
            for suffix, direction, _qos in AGENT_TOPICS
        ]
    return lines
