"""Suppliers' manifests (订单台账): reading, matching lines to households, applying."""
