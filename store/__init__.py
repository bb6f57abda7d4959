"""Persistence: user data (corrections, dates, notes, session) kept apart from derived data
(extraction results), both in TinyDB files written atomically."""
from .errors import StoreError, StoreLocked, StoreReadOnly, StoreTooNew, StoreWriteFailed
from .location import resolve_store_path
from .store import SCHEMA_VERSION, Store

__all__ = ["Store", "StoreError", "StoreLocked", "StoreReadOnly", "StoreTooNew", "StoreWriteFailed",
           "SCHEMA_VERSION", "resolve_store_path"]
