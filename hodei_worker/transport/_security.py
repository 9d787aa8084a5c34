"""Addresses, TLS material and tokens: checked and read before anything connects or listens.

Pure apart from reading the named files. Plaintext is allowed only where no network is crossed
(loopback addresses and unix sockets) unless the operator says ``--insecure``; a token is never
sent or accepted in plaintext off loopback for the same reason. Nothing here ever puts a
token's value into a message.
"""

from __future__ import annotations

import ipaddress
import os
import re
import stat
from dataclasses import dataclass
from typing import Final

from ._errors import AddressError

MAX_CREDENTIAL_BYTES: Final = 1024 * 1024
"""The largest certificate, key or token file read (they are a few KiB)."""
_HOST_PORT: Final = re.compile(r"^(?:\[(?P<v6>[0-9A-Fa-f:.]+)\]|(?P<host>[A-Za-z0-9_.-]+)):(?P<port>[0-9]{1,5})$")
_TOKEN: Final = re.compile(r"^[\x21-\x7e]+$")
_PEM: Final = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----\r?\n([A-Za-z0-9+/=\r\n]+?)-----END \1-----")
_PEM_KINDS: Final = {"--tls-ca": ("CERTIFICATE",), "--tls-cert": ("CERTIFICATE",),
                     "--tls-key": ("PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY")}
"""The PEM blocks each option's file must hold (keys unencrypted: gRPC reads no passphrase)."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where the control plane is and how to reach it safely."""

    address: str
    """A gRPC target: ``HOST:PORT``, ``[V6]:PORT`` or ``unix:/path``."""
    tls_ca: bytes | None = None
    """The CA certificates (PEM) that sign the server's certificate; enables TLS."""
    tls_cert: bytes | None = None
    """This side's certificate chain (PEM), for mutual TLS."""
    tls_key: bytes | None = None
    """This side's private key (PEM), for mutual TLS."""
    token: str | None = None
    """The bearer token sent (client) or required (server)."""

    @property
    def tls(self) -> bool:
        return self.tls_ca is not None or self.tls_cert is not None

    def metadata(self) -> tuple[tuple[str, str], ...]:
        """The call metadata that carries the token, if any."""
        return (("authorization", f"Bearer {self.token}"),) if self.token else ()

    def __repr__(self) -> str:  # never show key material or the token
        return f"Endpoint(address={self.address!r}, tls={self.tls}, token={'set' if self.token else 'none'})"


def check_address(text: str, option: str, *, listen: bool = False) -> str:
    """``text`` if it is a usable address (port 0, any free port, only to ``listen`` on);
    AddressError naming ``option`` otherwise."""
    if text.startswith("unix:"):
        if len(text) <= len("unix:") or "\0" in text:
            raise AddressError(option, f"{text!r} is not unix:/path/to/socket")
        return text
    found = _HOST_PORT.match(text)
    if not found or not (0 if listen else 1) <= int(found["port"]) < 65536:
        raise AddressError(option, f"{text!r} is not HOST:PORT, [IPv6]:PORT or unix:/path")
    if found["v6"]:
        try:
            ipaddress.IPv6Address(found["v6"])
        except ValueError:
            raise AddressError(option, f"{text!r} has an invalid IPv6 address") from None
    return text


def is_local(address: str) -> bool:
    """Whether ``address`` stays on this machine: a unix socket or a loopback address."""
    if address.startswith("unix:"):
        return True
    host = address.rsplit(":", 1)[0].strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def read_credential(path: str, option: str) -> bytes:
    """The contents of a certificate, key or token file: a regular file of at most 1 MiB,
    opened without blocking (a FIFO or a device is refused, not waited on)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except (OSError, ValueError) as exc:
        raise AddressError(option, f"cannot open {path!r}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise AddressError(option, f"{path!r} is not a regular file")
        if info.st_size > MAX_CREDENTIAL_BYTES:
            raise AddressError(option, f"{path!r} is larger than {MAX_CREDENTIAL_BYTES} bytes")
        chunks = []
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise AddressError(option, f"cannot read {path!r}: {exc.strerror}") from None
    finally:
        os.close(fd)


def read_pem(path: str, option: str) -> bytes:
    """A certificate or key file (see :func:`read_credential`) that holds at least one PEM
    block of the kind ``option`` needs, every one of them readable base64."""
    import binascii

    raw = read_credential(path, option)
    wanted = _PEM_KINDS[option]
    blocks = _PEM.findall(raw)
    if not any(kind.decode() in wanted for kind, _ in blocks):
        raise AddressError(option, f"{path!r} holds no PEM {' or '.join(wanted[:2])} block")
    for kind, body in blocks:
        try:
            binascii.a2b_base64(body.replace(b"\r", b"").replace(b"\n", b""), strict_mode=True)
        except binascii.Error:
            raise AddressError(option, f"{path!r}: its PEM {kind.decode()} block is not "
                                       "valid base64") from None
    return raw


def read_token(path: str, option: str = "--token-file") -> str:
    """The bearer token in ``path``: one line of printable ASCII (a final newline is dropped)."""
    raw = read_credential(path, option)
    text = raw.decode("ascii", "replace").removesuffix("\n").removesuffix("\r")
    if not text or not _TOKEN.match(text):
        raise AddressError(option, f"{path!r} must hold one token of printable ASCII without spaces")
    return text


def endpoint(address: str, *, option: str = "--control-plane", tls_ca: str | None = None,
             tls_cert: str | None = None, tls_key: str | None = None,
             token_file: str | None = None, insecure: bool = False,
             listen: bool = False) -> Endpoint:
    """An endpoint from the command line's options, every file read and every rule checked
    (``listen``: the address to serve on, whose TLS options are the server's)."""
    address = check_address(address, option, listen=listen)
    if (tls_cert is None) != (tls_key is None):
        raise AddressError("--tls-cert" if tls_cert is None else "--tls-key",
                           "--tls-cert and --tls-key go together")
    ep = Endpoint(
        address,
        read_pem(tls_ca, "--tls-ca") if tls_ca else None,
        read_pem(tls_cert, "--tls-cert") if tls_cert else None,
        read_pem(tls_key, "--tls-key") if tls_key else None,
        read_token(token_file) if token_file else None,
    )
    if not ep.tls and not insecure and not is_local(address):
        raise AddressError(option, f"{address} is not on this machine: use TLS (--tls-ca) "
                                   "or say --insecure to send in plaintext")
    return ep
