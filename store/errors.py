"""What can go wrong with the store, each said in one line a user can act on."""


class StoreError(Exception):
    """Base: str(e) is the one-line message for the user."""


class StoreLocked(StoreError):
    """Another dateline is writing to this store."""


class StoreReadOnly(StoreError):
    """This store was opened read-only (locked by another instance, or a folder we cannot write)."""


class StoreWriteFailed(StoreError):
    """A save did not reach the disk; the previous state is intact."""


class StoreConflict(StoreWriteFailed):
    """Another program changed a store file since we read it (or took the store's lock): our older
    copy is not written over it."""


class StoreTooNew(StoreError):
    """The store was written by a newer dateline."""
