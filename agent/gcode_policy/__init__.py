"""What the agent may send: the canonical G-code parse and the tables the checks use."""
