#!/bin/sh
# An sdist made here (2 MiB of random package data, so its size is not committed): pip builds a
# wheel from it, installs it, and keeps the wheel in ~/.cache/pip (no --no-cache-dir).
set -eu
work="$(mktemp -d)"
mkdir -p "$work/gtdemo-1.0/gtdemo"
printf 'from setuptools import setup\nsetup(name="gtdemo", version="1.0", packages=["gtdemo"], package_data={"gtdemo": ["data.bin"]})\n' > "$work/gtdemo-1.0/setup.py"
printf 'Metadata-Version: 2.1\nName: gtdemo\nVersion: 1.0\n' > "$work/gtdemo-1.0/PKG-INFO"
printf '"""ground-truth demo package"""\n' > "$work/gtdemo-1.0/gtdemo/__init__.py"
head -c 2097152 /dev/urandom > "$work/gtdemo-1.0/gtdemo/data.bin"
tar -C "$work" -czf gtdemo-1.0.tar.gz gtdemo-1.0
rm -rf "$work"
