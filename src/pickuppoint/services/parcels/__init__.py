"""Parcels: codes, records and how one parcel is shown; cancelling a parcel."""
