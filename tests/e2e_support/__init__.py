"""Helpers for end-to-end tests: a real tmux terminal and a real sshd on 127.0.0.1."""
