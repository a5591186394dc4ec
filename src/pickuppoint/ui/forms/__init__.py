"""Generated from forms/*.ui by packaging/build_assets.py."""
