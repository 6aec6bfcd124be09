"""Test material shared by the test suite and the benchmarks: synthetic reports and writers."""
