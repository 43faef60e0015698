"""The reminder service and what it needs: the lock, start/stop, autostart files, notifications, the doctor."""
