"""A tldextract that never touches the network: the Public Suffix List snapshot bundled
with the package. tldextract's default fetches the list at first use and can hang offline."""

from __future__ import annotations

import tldextract

OFFLINE_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
