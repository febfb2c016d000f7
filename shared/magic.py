"""Binary formats by their magic numbers: what a feed or article URL most often turns out to serve.

The fetcher (a feed that is an image) and the cleaner (an article that is a PDF) both ask. Every
signature here is one no text document can start with: short ones that could ("BM") are left out,
and ID3 counts only with its version byte.
"""

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\x00\x00\x01\x00", "image/x-icon"),
    (b"%PDF-", "application/pdf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/msword"),
    (b"{\\rtf", "application/rtf"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"\xfd7zXZ\x00", "application/x-xz"),
    (b"\x28\xb5\x2f\xfd", "application/zstd"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"\x7fELF", "application/x-executable"),
    (b"\x00asm", "application/wasm"),
    (b"OggS", "audio/ogg"),
    (b"fLaC", "audio/flac"),
    (b"ID3\x02", "audio/mpeg"),
    (b"ID3\x03", "audio/mpeg"),
    (b"ID3\x04", "audio/mpeg"),
    (b"\x1a\x45\xdf\xa3", "video/webm"),
    (b"wOFF", "font/woff"),
    (b"wOF2", "font/woff2"),
)
_RIFF_TYPES = {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}
_WHITESPACE = b" \t\r\n\x0c"


def binary_media_type(body: bytes) -> str | None:
    """The media type of a known binary format by its magic number (after leading whitespace)."""
    head = body[:64].lstrip(_WHITESPACE)[:16]
    if head.startswith(b"RIFF"):
        return _RIFF_TYPES.get(head[8:12], "application/octet-stream")
    if head[4:8] == b"ftyp":
        return "video/mp4"
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    return None
