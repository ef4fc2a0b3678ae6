"""The case system's side of an encrypted export, done by an implementation
independent of casevoice (jwcrypto): make a key pair, and decrypt a JWE with the
private key. Used by the end-to-end tests.

    python jwe_tool.py keygen BITS DIR    writes DIR/public.json and DIR/private.json
    python jwe_tool.py decrypt PRIVATE JWE   writes the plaintext to standard output
"""

import json
import sys
from pathlib import Path

from jwcrypto import jwe, jwk


def keygen(bits: str, directory: str) -> None:
    key = jwk.JWK.generate(kty="RSA", size=int(bits), kid=f"e2e-{bits}")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    (out / "public.json").write_text(key.export_public())
    (out / "private.json").write_text(key.export_private())


def decrypt(private_path: str, jwe_path: str) -> None:
    key = jwk.JWK.from_json(Path(private_path).read_text())
    token = jwe.JWE()
    # Only what casevoice is meant to produce is accepted.
    token.allowed_algs = ["RSA-OAEP-256", "A256GCM"]
    token.deserialize(Path(jwe_path).read_text(), key=key)
    header = token.jose_header
    if header.get("alg") != "RSA-OAEP-256" or header.get("enc") != "A256GCM":
        sys.exit(f"unexpected header: {json.dumps(header)}")
    sys.stdout.buffer.write(token.payload)


if __name__ == "__main__":
    commands = {"keygen": keygen, "decrypt": decrypt}
    if len(sys.argv) != 4 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](sys.argv[2], sys.argv[3])
