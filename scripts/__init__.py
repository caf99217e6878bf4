"""Developer scripts (not shipped): data import and geometry steps; importable for their tests."""
