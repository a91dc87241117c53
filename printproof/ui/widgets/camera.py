"""Photos of the delivered product from a webcam, when the workstation has one (Qt Multimedia)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from .common import big_button


def camera_may_exist() -> bool:
    """A cheap first look, without loading Qt Multimedia: loading it and its FFmpeg backend and asking for
    the cameras takes 0.1–0.4 s on the GUI thread, too long for opening the complaint form. On Linux a
    camera is a /dev/video* device; elsewhere only Qt can tell, when the webcam button is pressed."""
    if sys.platform.startswith("linux"):
        return any(Path("/dev").glob("video*"))
    return True


def camera_available() -> bool:
    """Whether Qt Multimedia loads here and sees a camera (it needs PulseAudio's library on Linux). Loads
    Qt Multimedia the first time: call it when the user asks for the camera, not to build a screen."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.videoInputs())


class CameraDialog(QDialog):
    """A live picture and a big button; Signals: ``photo(bytes)`` with a JPEG."""

    photo = Signal(bytes)

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.setWindowTitle(self.tr("Take a photo"))
        self.resize(800, 640)
        self.camera = QCamera(QMediaDevices.defaultVideoInput())
        self.capture = QImageCapture()
        self.session = QMediaCaptureSession()
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        preview = QVideoWidget()
        self.session.setVideoOutput(preview)
        self.capture.imageCaptured.connect(self._captured)
        layout = QVBoxLayout(self)
        layout.addWidget(preview, 1)
        row = QHBoxLayout()
        take = big_button(self.tr("Take photo (Space)"), primary=True)
        take.setShortcut("Space")
        take.clicked.connect(self.capture.capture)
        done = big_button(self.tr("Done"))
        done.clicked.connect(self.accept)
        row.addStretch()
        row.addWidget(take)
        row.addWidget(done)
        layout.addLayout(row)
        self.camera.start()

    def _captured(self, _id: int, image: QImage) -> None:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 90)
        buffer.close()
        self.photo.emit(bytes(data))

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)
