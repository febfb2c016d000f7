"""decode_body: BOM, UTF-8 before labels, labels checked for mojibake, then detection."""

import pytest

from services.cleaner.decode import codec_name, decode_body, http_charset, meta_charset

UK = (
    "<html><body><p>НАТО надало Україні понад 50 мільярдів євро (€) військової допомоги у 2024 "
    "році, заявила речниця альянсу. Міністри оборони зберуться в Брюсселі.</p></body></html>"
)
FR = (
    "<html><body><p>L'OTAN a accordé des millions d'euros à l'Ukraine pour sa défense ; le général "
    "Müller a présenté le budget à Genève. Le ministre a déclaré que la sécurité européenne était "
    "une priorité et que les alliés enverraient davantage d'aide en août.</p></body></html>"
)


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("utf-8", "utf-8"),
        ("UTF8", "utf-8"),
        ("iso-8859-1", "cp1252"),
        ("Latin1", "cp1252"),
        ("us-ascii", "cp1252"),
        ("windows-1251", "cp1251"),
        ('"cp1251"', "cp1251"),
        ("gb2312", "gb18030"),
        ("no-such-charset", None),
        (None, None),
    ],
)
def test_codec_name(label: str | None, codec: str | None) -> None:
    assert codec_name(label) == codec


def test_label_parsing() -> None:
    assert http_charset("text/html; charset=Windows-1251") == "Windows-1251"
    assert http_charset('text/html;charset="utf-8"') == "utf-8"
    assert http_charset("text/html") is None
    assert meta_charset(b'<head><meta charset="windows-1251">') == "windows-1251"
    assert (
        meta_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
        == "iso-8859-1"
    )
    assert meta_charset(b'<?xml version="1.0" encoding="koi8-r"?><html>') == "koi8-r"
    assert meta_charset(b"<html><head><title>x</title>") is None


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
    ],
)
def test_bom_wins_over_any_label(bom: bytes, encoding: str) -> None:
    decoded = decode_body(bom + UK.encode(encoding), content_type="text/html; charset=iso-8859-1")
    assert decoded.text == UK
    assert decoded.source == "bom"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_of_ascii_markup_is_sniffed(encoding: str) -> None:
    html = "<html><head><title>NATO</title></head><body><p>Aid: 50 billion.</p></body></html>"
    decoded = decode_body(html.encode(encoding))
    assert decoded.text == html
    assert decoded.source == "utf16-sniff"


@pytest.mark.parametrize(
    "content_type",
    [None, "text/html; charset=iso-8859-1", "text/html; charset=windows-1251"],
)
def test_valid_utf8_beats_labels(content_type: str | None) -> None:
    decoded = decode_body(UK.encode("utf-8"), content_type=content_type)
    assert decoded.text == UK
    assert decoded.source == "utf-8"


def test_mostly_utf8_with_one_stray_byte_stays_utf8() -> None:
    body = UK.encode("utf-8").replace(b"</p>", "é</p>".encode("cp1252"))
    decoded = decode_body(body)
    assert decoded.encoding == "utf-8"
    assert "мільярдів євро (€)" in decoded.text
    assert decoded.text.count("\ufffd") == 1


def test_correct_label_is_used() -> None:
    decoded = decode_body(UK.encode("cp1251"), content_type="text/html; charset=windows-1251")
    assert decoded.text == UK
    assert decoded.source == "http"


@pytest.mark.parametrize(
    ("content_type", "meta"),
    [
        ("text/html; charset=iso-8859-1", ""),
        (None, '<meta charset="iso-8859-1">'),
        ("text/html; charset=iso-8859-1", '<meta charset="windows-1251">'),
        ("text/html; charset=koi8-r", ""),
        ("text/html; charset=utf-16", ""),
    ],
)
def test_wrong_label_on_windows_1251_bytes(content_type: str | None, meta: str) -> None:
    html = UK.replace("<html>", f"<html><head>{meta}</head>")
    decoded = decode_body(html.encode("cp1251"), content_type=content_type)
    assert decoded.text == html
    assert decoded.encoding == "cp1251"


def test_meta_used_when_header_is_wrong() -> None:
    html = UK.replace("<html>", '<html><head><meta charset="windows-1251"></head>')
    decoded = decode_body(html.encode("cp1251"), content_type="text/html; charset=iso-8859-1")
    assert decoded.source == "meta"


def test_latin1_label_on_latin1_bytes() -> None:
    decoded = decode_body(FR.encode("latin-1"), content_type="text/html; charset=ISO-8859-1")
    assert decoded.text == FR
    assert decoded.source == "http"


def test_wrong_cyrillic_label_on_latin1_bytes() -> None:
    decoded = decode_body(FR.encode("latin-1"), content_type="text/html; charset=windows-1251")
    assert decoded.text == FR


def test_unlabelled_latin1_is_detected_as_windows_1252() -> None:
    decoded = decode_body(FR.encode("latin-1"))
    assert decoded.text == FR
    assert decoded.source == "detected"


def test_unlabelled_windows_1251_is_detected() -> None:
    decoded = decode_body(UK.encode("cp1251"))
    assert decoded.text == UK


def test_ascii_and_empty() -> None:
    assert decode_body(b"<p>plain ascii</p>").source == "ascii"
    assert decode_body(b"").text == ""
