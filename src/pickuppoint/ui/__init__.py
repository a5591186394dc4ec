"""The windows: thin Qt pages over the services. The only package that imports Qt."""
