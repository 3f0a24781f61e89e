"""Each coordinator's own MQTT client id, kept in its data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from broker_config import COORDINATOR_CLIENT_PREFIX
from coordinator.mqtt import CLIENT_ID_FILE, BrokerUrlError, instance_client_id


def test_client_id_is_kept_per_data_folder(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    one = instance_client_id(first)
    assert one.startswith(f"{COORDINATOR_CLIENT_PREFIX}-")
    assert instance_client_id(first) == one  # a restart resumes the same session
    assert instance_client_id(second) != one  # another coordinator, another id


def test_a_foreign_client_id_in_the_data_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / CLIENT_ID_FILE).write_text("agent-1\n")
    with pytest.raises(BrokerUrlError, match="delete the file"):
        instance_client_id(tmp_path)
