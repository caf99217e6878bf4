"""The version of dknet, in a module of its own so that the modules below the package root (the cache, the
report, the Neo4j connection) can read it without an import that runs back up to :mod:`dknet`.

Keep it equal to ``version`` in pyproject.toml (a test checks).

>>> __version__.count(".") >= 1
True
"""

__version__ = "0.1.0"
