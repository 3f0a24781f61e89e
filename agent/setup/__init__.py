"""`printfarm-agent setup`: find printers, check them safely, write agent.toml from a join code."""
