"""pickuppoint: offline-first desktop application for community pickup points (接驳点).

Layout: everything outside `ui/` is the core and imports no Qt (domain, store, eventlog,
services, documents). `cli/` and `ui/` are two thin faces over the same services.
"""

__version__ = "0.1.0"
