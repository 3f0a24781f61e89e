"""The farm's own certificates: `printfarm certs init|add-agent` (cryptography).

- `authority`: a CA that issues server and client certificates; PEM files, keys mode 600.
- `farm`: the folder layout, `init_farm` and `add_agent`.
- `instructions`: the Mosquitto, agent.toml and coordinator lines that use them.
- `cli`: the typer commands.
"""
