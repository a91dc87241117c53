"""Persistence: peewee models over SQLite or PostgreSQL, files stored by SHA-256."""
