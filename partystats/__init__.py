"""partystats: Party-building figures from Chinese press texts, as a validated, citable dataset."""

from partystats import native

__version__ = "0.1.0"

# the reader compiled with mypyc, when a current build exists (see partystats/native.py)
native.install()
