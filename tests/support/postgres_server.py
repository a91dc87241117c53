"""A throwaway PostgreSQL server for the tests: initdb in a temporary folder, on loopback.

The server comes from Debian's ``postgresql`` package, which ``scripts/bootstrap --dev``
installs. PostgreSQL refuses to run as root, so as root the server runs as ``postgres``.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self) -> None:
        self.initdb, self.pg_ctl = _bin("initdb"), _bin("pg_ctl")
        self.dir: Path | None = None
        self.port = 0
        self.counter = 0
        self.store_template = ""

    @property
    def available(self) -> bool:
        return bool(self.initdb and self.pg_ctl)

    def _run(self, *cmd: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run(prefix + list(cmd), check=True, capture_output=True, text=True)

    def start(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="printproof-pg-"))
        data = self.dir / "data"
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self.port = _free_port()
        self._run(self.initdb, "-D", str(data), "-A", "trust", "-U", "printproof", "-E", "UTF8", "--no-sync")
        self._run(
            self.pg_ctl,
            "-D",
            str(data),
            "-w",
            "-l",
            str(self.dir / "log"),
            "-o",
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        )

    def new_database(self) -> str:
        """An empty database of the test's own."""
        return self._create("")

    def new_store_database(self) -> str:
        """A database holding an empty store at the current schema: a copy of one migrated once on this server
        (open_store's migrations take about 0.2 s a database on PostgreSQL, a copy 0.03 s)."""
        from printproof.store.db import open_store

        if not self.store_template:
            url = self.new_database()
            open_store(url).close()  # closed: a template database must have no connection while it is copied
            self.store_template = url.rsplit("/", 1)[1]
        return self._create(self.store_template)

    def drop_database(self, url: str) -> None:
        """Drop a database made here once its test is over (connections left open closed)."""
        self._admin(f'DROP DATABASE "{url.rsplit("/", 1)[1]}" WITH (FORCE)')

    def _create(self, template: str) -> str:
        self.counter += 1
        name = f"test_{os.getpid()}_{self.counter}"
        # FILE_COPY: the template's few files are copied as they are, not written once more into the WAL
        # (what the default strategy does, 7 MB a database: half the time, and a server folder of gigabytes)
        copied = f' TEMPLATE "{template}"' if template else ""
        self._admin(f'CREATE DATABASE "{name}"{copied} STRATEGY FILE_COPY')
        return f"postgresql://printproof@127.0.0.1:{self.port}/{name}"

    def _admin(self, statement: str) -> None:
        import psycopg2

        con = psycopg2.connect(host="127.0.0.1", port=self.port, user="printproof", dbname="postgres")
        con.autocommit = True
        try:
            con.cursor().execute(statement)
        finally:
            con.close()

    def stop(self) -> None:
        if self.dir is not None:
            try:
                self._run(self.pg_ctl, "-D", str(self.dir / "data"), "-m", "immediate", "stop")
            finally:
                shutil.rmtree(self.dir, ignore_errors=True)
                self.dir = None
