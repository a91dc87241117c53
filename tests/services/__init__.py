"""The services on a real store (SQLite, and PostgreSQL where the `store` fixture is parametrized): every rule
refused for every caller, records sealed, files checked by tools that did not write them."""
