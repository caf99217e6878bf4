"""dknet: planning networks for small Norwegian municipalities."""

__version__ = "0.1.0"
