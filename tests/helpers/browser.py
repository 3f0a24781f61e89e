"""Debian's chromium driven by Playwright for Python (nothing downloads a browser), and a
folder for the screenshots a person looks at (`test-artifacts/`, git-ignored)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "dashboard"

if TYPE_CHECKING:
    from playwright.sync_api import Browser


def need_chromium() -> None:
    """Skip without Debian's chromium (install: `apt-get install chromium`); under CI it
    must be there (quickstart.sh test installs it)."""
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} missing: apt-get install -y chromium"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def chromium() -> Iterator[Browser]:
    need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            yield browser
        finally:
            browser.close()


def screenshot_path(name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / f"{name}.png"
