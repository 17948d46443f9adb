"""One window per data directory: the first instance listens on a local socket; a second one
asks it to come to the front and leaves.

The OS lock (studyapp.store.lock.InstanceLock) decides who is first; the socket only carries
the "raise" request, so a socket file left by a crash can never block a start.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE_REQUEST = b"raise\n"
RAISE_REPLY = b"ok\n"


def server_name(home: Path) -> str:
    digest = hashlib.sha256(str(home.resolve()).encode()).hexdigest()[:20]
    return f"studyapp-{digest}"


class InstanceServer(QObject):
    """Listens for later starts on the same data directory and asks the window to show."""

    raise_requested = Signal()

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)
        name = server_name(home)
        # We hold the instance lock, so any existing socket of this name is a crash leftover.
        QLocalServer.removeServer(name)
        self.listening = self._server.listen(name)

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            socket.disconnected.connect(socket.deleteLater)

    def _answer(self, socket: QLocalSocket) -> None:
        if socket.readAll().data() == RAISE_REQUEST:
            self.raise_requested.emit()
            socket.write(RAISE_REPLY)
            socket.flush()
        socket.disconnectFromServer()

    def close(self) -> None:
        self._server.close()


def ask_running_instance_to_raise(home: Path, timeout_ms: int = 5000) -> bool:
    """True when the instance holding ``home`` answered that it brought its window forward.

    The first instance may still be starting (it holds the lock a moment before it listens),
    so connecting is retried until the timeout.
    """
    socket = QLocalSocket()
    name = server_name(home)
    attempts = max(1, timeout_ms // 250)
    for _ in range(attempts):
        socket.connectToServer(name)
        if socket.waitForConnected(250):
            break
        socket.abort()
        time.sleep(0.25)  # a missing server name fails at once; wait before trying again
    else:
        return False
    socket.write(RAISE_REQUEST)
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    reply = b""
    while len(reply) < len(RAISE_REPLY) and socket.waitForReadyRead(timeout_ms):
        reply += socket.readAll().data()
    socket.abort()
    return reply == RAISE_REPLY
