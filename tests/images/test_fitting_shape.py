"""Fitting an image to a platform's shape (Instagram: 4:5 to 1.91:1): padded with black or
cropped in the middle, within the other limits, and said in `preview`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from publisher.adapters.base import Capabilities
from publisher.adapters.instagram import InstagramAdapter
from publisher.images.cleaning import CleanImage, encode
from publisher.images.fitting import fit_image, reshaping
from tests.conftest import run, write_case

IG = InstagramAdapter.capabilities
IG_CROP = InstagramAdapter.capabilities_for({"image_fit": "crop"}, {})


def drawn(width: int, height: int) -> CleanImage:
    """A bright ellipse filling a grey frame, so padding and cropping show in the pixels."""
    image = Image.new("L", (width, height), 60)
    ImageDraw.Draw(image).ellipse((0, 0, width - 1, height - 1), fill=230)
    return CleanImage(encode(image, "PNG"), "PNG", width, height)


def pixels(image: CleanImage) -> Image.Image:
    return Image.open(io.BytesIO(image.data)).convert("L")


def test_a_tall_image_is_padded_to_4_by_5_with_black_sides() -> None:
    out = fit_image(drawn(300, 900), IG)
    assert (out.format, out.width, out.height) == ("JPEG", 720, 900)
    im = pixels(out)
    assert im.getpixel((5, 450)) < 10 and im.getpixel((714, 450)) < 10  # the bars
    assert im.getpixel((360, 450)) > 200  # the picture, in the middle
    assert reshaping(300, 900, IG) == "padded to 4:5"


def test_a_wide_image_is_cropped_to_1_91_by_1_in_the_middle() -> None:
    out = fit_image(drawn(1000, 300), IG_CROP)
    assert (out.width, out.height) == (573, 300)
    assert pixels(out).getpixel((286, 150)) > 200
    assert reshaping(1000, 300, IG_CROP) == "cropped to 1.91:1"


def test_a_large_tall_image_is_shrunk_then_padded_within_the_longest_side() -> None:
    out = fit_image(drawn(2000, 4000), IG)
    assert max(out.width, out.height) <= 1440
    assert 0.8 <= out.width / out.height <= 1.91


@pytest.mark.parametrize(("width", "height"), [(400, 500), (955, 500), (640, 640), (401, 500)])
def test_images_within_the_bounds_keep_their_shape(width: int, height: int) -> None:
    assert reshaping(width, height, IG) is None
    out = fit_image(drawn(width, height), IG)
    assert (out.width, out.height) == (width, height)


def test_platforms_without_bounds_are_untouched() -> None:
    capabilities = Capabilities(text_limit=500)
    master = drawn(100, 900)
    assert fit_image(master, capabilities) is master
    assert reshaping(100, 900, capabilities) is None


def test_preview_says_which_images_were_padded(tmp_path: Path, cli_env: dict[str, str]) -> None:
    folder = write_case(tmp_path / "cases", "msk-tall-1")
    tall = Image.new("L", (200, 600), 10)
    ImageDraw.Draw(tall).rectangle((40, 40, 160, 560), fill=200)
    tall.save(folder / "pa.png")
    config = tmp_path / "config.toml"
    config.write_text(
        '[media]\nbucket = "b"\n\n[accounts.dept-instagram]\nadapter = "instagram"\n'
        'ig_user_id = "17841400008460056"\naccess_token = "${IG_TOKEN}"\n',
        encoding="utf-8",
    )
    env = {**cli_env, "IG_TOKEN": "never-used-here"}
    args = ["--config", str(config)]
    assert run([*args, "cases", "import", str(tmp_path / "cases")], env=env).exit_code == 0
    assert run([*args, "cases", "approve", "msk-tall-1", "--by", "R"], env=env).exit_code == 0
    assert run([*args, "plan", "--weeks", "1"], env=env).exit_code == 0
    text = run([*args, "preview"], env=env).stdout
    assert "image 1: 480x600 JPEG" in text and ", padded to 4:5; alt: " in text
    [post] = [
        p for p in json.loads(run([*args, "preview", "--json"], env=env).stdout) if p["images"]
    ]
    assert post["images"][0]["fit"] == "padded to 4:5"
