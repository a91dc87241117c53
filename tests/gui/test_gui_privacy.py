"""Settings → Privacy driven through its widgets: an erasure request restricts, the owner exports a customer's data,
and erases the orders past retention in one step."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from printproof.services.core import orders
from printproof.store.models import Order
from tests.support.gui import answer_next_dialog, press_button, settle, type_text
from tests.support.stories import EMAIL, customer_story, later

pytestmark = pytest.mark.usefixtures("sync_tasks")


def test_privacy_page(window, qtbot, owner, counter, tmp_path, monkeypatch):  # noqa: F811
    first = customer_story(owner, counter, tmp_path)
    other = customer_story(owner, counter, tmp_path, "Berta Beispiel", "berta@example.org", 40, "+49 30 1234567")
    window.session.sign_in(owner)
    window.show_tab("settings")
    page = window.settings.privacy
    settle(qtbot, lambda: page.due_list.count() == 1)
    assert "No order has passed its retention." in page.due_list.item(0).text()
    assert not page.erase_button.isEnabled()

    # A request to erase while retention runs: recorded, the data restricted, the sentence names the law.
    type_text(page.customer, EMAIL)
    answer_next_dialog(lambda dialog: press_button(dialog, "Record the request"))
    page.request_button.click()
    settle(qtbot, lambda: "HGB §257 / AO §147" in page.message.text())
    assert orders.search_orders("Quellmalz", viewer=counter) == []
    # As one types at the counter, the restricted order is not found; the owner finds it.
    window.session.sign_in(counter)
    window.show_tab("orders")
    type_text(window.orders.search, "Quellmalz")
    settle(qtbot)
    qtbot.wait(600)  # the search waits for a pause in typing
    settle(qtbot)
    assert window.orders.model.rows == []
    window.session.sign_in(owner)
    window.orders.refresh()
    assert [r.number for r in window.orders.model.rows] == [first]
    window.show_tab("settings")

    # The owner exports the customer's data as one ZIP.
    target = tmp_path / "quellmalz.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "ZIP (*.zip)"))
    page.export_button.click()
    settle(qtbot, lambda: "Written to" in page.message.text())
    with zipfile.ZipFile(target) as archive:
        assert {"summary.pdf", "data.json"} <= set(archive.namelist())

    # Retention ends: the orders are listed, and erased in one step.
    later(monkeypatch, 10.2)
    page.refresh()
    settle(qtbot, lambda: page.erase_button.isEnabled())
    assert page.due_list.count() == 2 and first in page.due_list.item(0).text()
    answer_next_dialog(lambda dialog: press_button(dialog, "Erase"))
    page.erase_button.click()
    settle(qtbot, lambda: "Erased:" in page.message.text())
    assert all(Order.get(Order.number == n).erased_at is not None for n in (first, other))
    assert Path(target).exists()  # the owner's export is the owner's file, not a copy of the store
