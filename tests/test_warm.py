"""Warm-up caches (tui/article/lexicon/compiled.py): the parsed TOML lexicons and the decoded
name tagger are read from the user's cache folder on later runs, keyed by the files they come
from, and give exactly what parsing the files gives."""

from __future__ import annotations

import gzip
import json
import tomllib
from pathlib import Path

import pytest

from tui.article import lexicon
from tui.article.doc import build_doc
from tui.article.lexicon import compiled
from tui.article.models import tagger

TEXT = "قال الوزير سامر الحداد في عمّان إن الحكومة ستعلن خطتها غدا.\nوأضاف أن اللجنة تجتمع الأحد."


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path))
    lexicon._parsed.cache_clear()
    yield tmp_path
    lexicon._parsed.cache_clear()


def test_toml_lexicons_read_back_from_the_cache_equal_the_files(cache):
    first = lexicon._parsed()
    assert list(cache.glob("toml-*.marshal"))
    lexicon._parsed.cache_clear()
    second = lexicon._parsed()
    folder = Path(lexicon.__file__).parent
    for path in folder.glob("*.toml"):
        parsed = tomllib.loads(path.read_text(encoding="utf-8"))
        assert first[path.stem] == parsed and second[path.stem] == parsed, path.name
        assert json.dumps(second[path.stem]) == json.dumps(parsed)  # same order, same types


def test_a_damaged_toml_cache_is_parsed_again(cache):
    lexicon._parsed()
    (path,) = cache.glob("toml-*.marshal")
    path.write_bytes(b"\x00 not marshal")
    lexicon._parsed.cache_clear()
    assert lexicon._parsed()["months"] == tomllib.loads(
        (Path(lexicon.__file__).parent / "months.toml").read_text(encoding="utf-8"))


def test_the_decoded_model_tags_as_the_model_file_does(cache):
    from_file = tagger.Model(tagger.read_model(tagger.MODEL_FILE), "file")
    tagger._decoded(tagger.MODEL_FILE)  # first run: decoded from the file, cache written
    assert list(cache.glob("ner-*.marshal"))
    data = tagger._decoded(tagger.MODEL_FILE)  # a later run: from the cache
    assert isinstance(data["passes"][-1]["w"], tagger.PackedWeights)
    from_cache = tagger.Model(data, "cache")
    doc = build_doc(TEXT)
    a, b = from_file.tag(doc), from_cache.tag(doc)
    assert a.labels == b.labels and a.em == b.em
    assert [a.marginal(i, "B-PERS") for i in range(len(doc.tokens))] == [
        b.marginal(i, "B-PERS") for i in range(len(doc.tokens))]
    hexes = tagger.read_model(tagger.MODEL_FILE)["passes"][-1]["w"]
    packed = data["passes"][-1]["w"]
    for f in list(hexes)[::97]:
        assert packed.get(f) == int(hexes[f], 16)
    assert packed.get("no such feature") is None


def test_a_changed_model_file_is_decoded_again(cache, tmp_path_factory):
    src = tmp_path_factory.mktemp("model") / "m.json.gz"
    data = tagger.read_model(tagger.MODEL_FILE)
    src.write_bytes(gzip.compress(json.dumps(data).encode()))
    tagger._decoded(src)
    data["passes"][-1]["w"]["0w=كلمةجديدة"] = tagger.pack_weights([5, 0, 0, 0, 0, 0, -3])
    src.write_bytes(gzip.compress(json.dumps(data).encode()))
    compiled._digest.cache_clear()
    assert len(list(cache.glob("ner-*.marshal"))) == 1
    tagger._decoded(src)
    assert len(list(cache.glob("ner-*.marshal"))) == 2
    again = tagger._decoded(src)["passes"][-1]["w"]
    assert tagger._unpack(again.get("0w=كلمةجديدة")) == (5, 0, 0, 0, 0, 0, -3)


def test_a_damaged_model_cache_is_decoded_again(cache):
    tagger._decoded(tagger.MODEL_FILE)
    (path,) = cache.glob("ner-*.marshal")
    path.write_bytes(path.read_bytes()[:1000])
    data = tagger._decoded(tagger.MODEL_FILE)
    assert tagger.Model(data, "again").tag(build_doc(TEXT)).labels


def test_a_missing_model_file_is_the_taggers_own_error(cache, tmp_path):
    with pytest.raises(tagger.ModelError):
        tagger._decoded(tmp_path / "absent.json.gz")


def test_a_model_cache_with_one_byte_changed_is_decoded_again(cache):
    """Not only a truncated file: a byte flipped anywhere (the weights, the feature table)
    is noticed by the cache's checksum, and the tags are the model file's."""
    from_file = tagger.Model(tagger.read_model(tagger.MODEL_FILE), "file")
    tagger._decoded(tagger.MODEL_FILE)
    (path,) = cache.glob("ner-*.marshal")
    good = path.read_bytes()
    doc = build_doc(TEXT)
    want = from_file.tag(doc)
    for at in (len(good) // 3, len(good) // 2, len(good) - 5):
        raw = bytearray(good)
        raw[at] ^= 0x01
        path.write_bytes(bytes(raw))
        data = tagger._decoded(tagger.MODEL_FILE)
        got = tagger.Model(data, "again").tag(doc)
        assert got.labels == want.labels and got.em == want.em
        assert path.read_bytes() == good  # written afresh
