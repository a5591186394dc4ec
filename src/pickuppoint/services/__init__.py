"""Services: the operations of the application, shared by the CLI and the windows."""
