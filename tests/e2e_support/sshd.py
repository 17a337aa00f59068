"""A throwaway OpenSSH server on 127.0.0.1 for end-to-end tests.

Host key and user key are made in a temp dir; the server runs in the foreground (`sshd -D`)
and is stopped by its pid. Only the loopback address is ever used.
"""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class SshServer:
    port: int
    user: str
    key: Path
    proc: subprocess.Popen
    log: Path

    def ssh_argv(self, *remote: str, tty: bool = True) -> list[str]:
        """argv for an ssh client logging in to this server (and running ``remote`` if given)."""
        argv = [
            "ssh", "-tt" if tty else "-T",
            "-p", str(self.port), "-i", str(self.key),
            "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
            "-o", "LogLevel=ERROR", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
            f"{self.user}@127.0.0.1",
        ]
        return argv + list(remote)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


def start_sshd(workdir: Path, env_pass: tuple[str, ...] = ()) -> SshServer:
    """Start sshd on a free high port of 127.0.0.1; raise RuntimeError if it does not listen."""
    sshd = shutil.which("sshd") or "/usr/sbin/sshd"
    workdir.mkdir(parents=True, exist_ok=True)
    os.chmod(workdir, 0o700)
    host_key = workdir / "host_ed25519"
    user_key = workdir / "user_ed25519"
    for key in (host_key, user_key):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    auth = workdir / "authorized_keys"
    auth.write_text(user_key.with_suffix(".pub").read_text())
    os.chmod(auth, 0o600)
    Path("/run/sshd").mkdir(parents=True, exist_ok=True)  # privilege separation dir
    port = free_port()
    user = getpass.getuser()
    config = workdir / "sshd_config"
    lines = [
        "ListenAddress 127.0.0.1",
        f"Port {port}",
        f"HostKey {host_key}",
        f"AuthorizedKeysFile {auth}",
        f"PidFile {workdir / 'sshd.pid'}",
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "PubkeyAuthentication yes",
        "PermitRootLogin prohibit-password",
        "StrictModes no",
        "UsePAM no",
        "PrintMotd no",
        "PrintLastLog no",
        "X11Forwarding no",
        "Subsystem sftp internal-sftp",
    ]
    if env_pass:
        lines.append("AcceptEnv " + " ".join(env_pass))
    config.write_text("\n".join(lines) + "\n")
    log = workdir / "sshd.log"
    proc = subprocess.Popen(
        [sshd, "-D", "-e", "-f", str(config)], stdout=open(log, "wb"), stderr=subprocess.STDOUT
    )
    server = SshServer(port, user, user_key, proc, log)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"sshd exited: {log.read_text(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return server
        except OSError:
            time.sleep(0.1)
    server.stop()
    raise RuntimeError("sshd did not start listening")
