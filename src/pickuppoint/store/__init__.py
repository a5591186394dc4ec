"""The local SQLite store: schema migrations, the database handle, SQLModel tables."""
