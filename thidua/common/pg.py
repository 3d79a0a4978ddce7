"""Migration operations for what only PostgreSQL has (trigram and unaccent indexes): on
another database (the SQLite demo) they change the migration state only, so the models
and migrations agree everywhere and ``makemigrations --check`` stays quiet."""
from django.db import migrations


def _is_postgres(schema_editor):
    return schema_editor.connection.vendor == "postgresql"


class PostgresAddIndex(migrations.AddIndex):
    """``AddIndex`` run on PostgreSQL only (a GIN trigram index, say)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if _is_postgres(schema_editor):
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if _is_postgres(schema_editor):
            super().database_backwards(app_label, schema_editor, from_state, to_state)

    def describe(self):
        return f"{super().describe()} (PostgreSQL only)"
