"""Tests of the cleaning stage, one module per cleaner, plus a synthetic corpus and property tests."""
