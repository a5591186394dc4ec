"""The command line: the same services as the windows, for coordinators and scripts."""
