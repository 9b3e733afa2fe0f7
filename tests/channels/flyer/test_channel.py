"""The flyer channel renders every layout on publish and update, caches per revision,
retires old revisions, removes everything on withdrawal, and renders lazily when
tasks run eagerly."""

from dataclasses import replace

import pytest
from pypdf import PdfReader

from channels.delivery import perform
from channels.flyer import render, storage
from channels.flyer.channel import FlyerChannel
from channels.flyer.layouts import get_variant, variants
from channels.models import Delivery
from contract.channel import ExternalRef
from tests import builders

State = Delivery.State


@pytest.fixture
def two_variants(monkeypatch):
    """Tests of caching and clean-up need not wait for all ten files."""
    few = [get_variant("a5-flyer-print"), get_variant("a6-postcard-home")]
    monkeypatch.setattr("channels.flyer.channel.variants", lambda: few)
    return few


def files_of(page_id: int) -> set[str]:
    folder = storage.page_folder(page_id)
    return (
        {str(path.relative_to(folder)) for path in folder.rglob("*")} if folder.exists() else set()
    )


def test_publishing_renders_every_layout_in_every_mode_for_the_revision(offer_item, flyer_media):
    item = offer_item

    ref = FlyerChannel().publish(item, idempotency_key="k1")

    revision = str(item.revision_id)
    expected = {revision} | {f"{revision}/{variant.name}.pdf" for variant in variants()}
    assert files_of(item.page_id) == expected
    assert len(variants()) == 10  # 4 layouts × 2 modes, 2 office sheets at home only
    assert ref == ExternalRef(id=f"{item.page_id}/{revision}", url=f"{item.url}#flyer")
    for variant in variants():
        path = storage.flyer_path(item.page_id, item.revision_id, variant.name)
        assert len(PdfReader(path).pages) == variant.layout.pages
    assert str(flyer_media) in str(storage.root())


def test_a_retry_keeps_the_files_it_already_has(offer_item, monkeypatch, two_variants):
    item = offer_item
    FlyerChannel().publish(item, idempotency_key="k1")
    before = {
        variant.name: storage.flyer_path(item.page_id, item.revision_id, variant.name)
        .stat()
        .st_mtime_ns
        for variant in two_variants
    }

    def must_not_render(*args, **kwargs):
        raise AssertionError("rendered again")

    monkeypatch.setattr(render, "render_pdf", must_not_render)
    FlyerChannel().publish(item, idempotency_key="k1")

    for name, mtime in before.items():
        assert storage.flyer_path(item.page_id, item.revision_id, name).stat().st_mtime_ns == mtime


def test_an_update_renders_the_new_revision_and_retires_the_old_one(offer_item, two_variants):
    channel = FlyerChannel()
    ref = channel.publish(offer_item, idempotency_key="k1")
    new = replace(offer_item, revision_id=12, title="Sommerfest: neuer Termin im August")

    new_ref = channel.update(new, ref, idempotency_key="k2")

    assert {path.split("/")[0] for path in files_of(new.page_id)} == {"12"}
    assert new_ref.id == f"{new.page_id}/12"
    reader = PdfReader(storage.flyer_path(new.page_id, 12, "a5-flyer-print"))
    assert reader.metadata.title == "Sommerfest: neuer Termin im August"


def test_withdrawing_removes_every_file_of_the_page(offer_item, two_variants):
    channel = FlyerChannel()
    item = offer_item
    ref = channel.publish(item, idempotency_key="k1")

    channel.withdraw(ref)

    assert not storage.page_folder(item.page_id).exists()


def test_files_are_written_whole_or_not_at_all(tmp_path, monkeypatch):
    target = tmp_path / "flyers" / "1" / "2" / "a4-poster-print.pdf"
    storage.write_atomically(target, b"%PDF-1.7 first")

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", disk_full)
    with pytest.raises(OSError):
        storage.write_atomically(target, b"%PDF-1.7 second, never complete")

    assert target.read_bytes() == b"%PDF-1.7 first"
    assert [path.name for path in target.parent.iterdir()] == ["a4-poster-print.pdf"]


def test_an_eager_delivery_renders_nothing_ahead_and_the_download_renders_on_demand(
    site_tree, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        offer = builders.offer(site_tree.kulturverein, "Lesepat*innen gesucht")
    delivery = Delivery.objects.get(page=offer, channel="flyer")

    response = client.get(f"/flyer/{offer.pk}/a6-postcard-home.pdf")

    assert delivery.state == State.SENT
    assert delivery.external_url == f"{offer.get_full_url()}#flyer"
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert files_of(offer.pk) == {
        str(offer.live_revision_id),
        f"{offer.live_revision_id}/a6-postcard-home.pdf",
    }


def test_an_unpublished_page_loses_its_flyers(
    site_tree, django_capture_on_commit_callbacks, two_variants
):
    page = site_tree.natur_offer
    FlyerChannel().publish(page.to_item(), idempotency_key="k1")
    Delivery.objects.filter(page=page, channel="flyer").update(
        state=State.SENT, external_id=f"{page.pk}/{page.live_revision_id}"
    )

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    withdrawal = Delivery.objects.filter(page=page, channel="flyer").order_by("-pk").first()
    assert withdrawal.state == State.WITHDRAWN
    assert not storage.page_folder(page.pk).exists()


def test_without_weasyprint_the_channel_is_not_configured_and_deliveries_are_skipped(
    db, offer_item, monkeypatch
):
    monkeypatch.setattr(
        "channels.flyer.channel._weasyprint_error", lambda: "libpango-1.0.so.0: not found"
    )
    delivery = Delivery.objects.create(
        page_title=offer_item.title, channel="flyer", action="publish", item=offer_item.to_json()
    )

    perform(delivery.pk)

    delivery.refresh_from_db()
    assert delivery.state == State.SKIPPED
    assert "Pango" in delivery.last_error
    assert not storage.root().exists()
