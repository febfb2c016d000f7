"""Test support shared by every test folder: processes (CLI, worker), the in-process chain and
quick reads of the run's database. Imported as `tests.support.*`."""
